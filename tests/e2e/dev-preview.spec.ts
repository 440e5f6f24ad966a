// The editors' preview in the development server (playwright.dev.config.ts: `next dev` on the
// fixture content), as an editor opens it on a phone: the index lists every explainer, drafts and
// scheduled ones marked; each preview shows its state, every page's share image (rendered by the
// dev server) and the link cards, with the page's scripts running and within the screen's width.
// The fixture of support/fixtures.ts fails a test on any console error: in dev, that is a script or
// chunk that did not load (the proxy once sent Next's chunks to /en/_next/…) or a refused eval.
import { locales } from '@/i18n/locales';
import { loadContent } from '@/lib/content/load';
import { previewPath } from '@/lib/site/paths';
import { expect, test } from './support/fixtures';
import { translator } from './support/messages';
import { waitForHydration } from './support/site';

const { explainers } = loadContent({ includeDrafts: true });

for (const locale of locales) {
  const t = translator(locale);
  const edition = explainers.filter((explainer) => explainer.locale === locale);

  test(`${locale}: the index lists every explainer, drafts and scheduled ones marked`, async ({ page }) => {
    expect(edition.length).toBeGreaterThan(0);
    await page.goto(previewPath(locale));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('Preview.indexTitle'));
    for (const explainer of edition) {
      const link = page.getByRole('link', { name: explainer.title, exact: true });
      await expect(link).toHaveAttribute('href', previewPath(locale, explainer.slug));
      const mark = explainer.draft ? ` (${t('Preview.statusDraft')})` : explainer.scheduled ? ` (${t('Preview.statusScheduledShort')})` : '';
      await expect(page.getByRole('listitem').filter({ has: link })).toHaveText(`${explainer.title}${mark}`);
    }
  });
}

// One of each state: published, draft, scheduled (the fixture has each).
const samples = ['published', 'draft', 'scheduled'].flatMap((state) => {
  const found = explainers.find((explainer) => (state === 'draft' ? explainer.draft : state === 'scheduled' ? explainer.scheduled && !explainer.draft : !explainer.draft && !explainer.scheduled));
  return found ? [{ state, explainer: found }] : [];
});

test('the fixture has a published, a draft and a scheduled explainer', () => {
  expect(samples.map((sample) => sample.state)).toEqual(['published', 'draft', 'scheduled']);
});

for (const { state, explainer } of samples) {
  test(`${explainer.locale} ${state} ${explainer.slug}: share images, link cards, scripts running, no wider than the phone`, async ({ page }) => {
    const t = translator(explainer.locale);
    await page.goto(previewPath(explainer.locale, explainer.slug));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('Preview.title', { title: explainer.title }));
    await waitForHydration(page);

    const images = page.locator('.preview__images img');
    await expect(images).toHaveCount(explainer.pages.length);
    for (const image of await images.all()) {
      await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(1200);
    }
    // Six services for page 1, open; every card has its image box.
    await expect(page.locator('details[open] figure.share-mockup')).toHaveCount(6);

    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page, 'the preview scrolls sideways on a phone').toBeLessThanOrEqual(widths.screen);
  });
}
