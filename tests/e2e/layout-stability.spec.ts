import { locales } from '@/i18n/locales';
import type { Page } from '@playwright/test';
import { allPagesPath, explainerPath, firstExplainer } from './support/content';
import { expect, test } from './support/fixtures';

// A reader who jumps (the End key, dragging the scrollbar, a link to an anchor) must find the
// links where the jump showed them: a part of the page laid out late (content-visibility, an
// image without a size) that changes size when it first comes into view moves them under the
// finger, and a tap meant for "next page" lands on another link. Each jump starts from a fresh
// document, because once laid out a part keeps its real size. Without JavaScript, so that only
// the layout moves things.
test.use({ javaScriptEnabled: false });

/** Jumps (`target` null: to the page's end), then reads the top of every link in the viewport, as the first frame after the jump lays them out, and again once late parts and fonts have settled. */
async function linksAcrossAJump(page: Page, target: string | null) {
  const first = await page.evaluate((selector) => {
    if (selector === null) window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
    else document.querySelector(selector)?.scrollIntoView({ block: 'center', behavior: 'instant' });
    return [...document.querySelectorAll('a[href], button, summary')].flatMap((element, index) => {
      const { top, bottom, height } = element.getBoundingClientRect();
      if (height === 0 || bottom < 0 || top > innerHeight) return [];
      return [{ index, link: `"${(element.textContent ?? '').trim().slice(0, 30)}"`, top: Math.round(top) }];
    });
  }, target);
  await page.waitForTimeout(300);
  const settled = await page.evaluate((boxes) => {
    const elements = document.querySelectorAll('a[href], button, summary');
    return boxes.map((box) => ({ ...box, top: Math.round(elements[box.index]?.getBoundingClientRect().top ?? Number.NaN) }));
  }, first);
  return { first, settled };
}

const jumps: { to: string; target: string | null }[] = [
  { to: "the page's end (End key, the scrollbar dragged down)", target: null },
  { to: 'the share links', target: '.share' },
  { to: 'the pager', target: 'nav.pager' },
  { to: 'the read-all link', target: '.explainer-read-all' },
];

for (const locale of locales) {
  const explainer = firstExplainer(locale);
  const paths = [...explainer.pages.map((item) => explainerPath(explainer, item.number)), allPagesPath(explainer)];

  for (const path of paths) {
    test(`${path}: after a jump to the page's end, no link moves`, async ({ page }) => {
      for (const jump of jumps) {
        await page.goto(path);
        // The all-pages view has no pager; the other parts are on every page.
        if (jump.target !== null && (await page.locator(jump.target).count()) === 0) continue;
        const { first, settled } = await linksAcrossAJump(page, jump.target);
        expect(first.length, `links in view after a jump to ${jump.to}`).toBeGreaterThan(0);
        expect(settled, `links after a jump to ${jump.to}`).toEqual(first);
      }
    });
  }
}
