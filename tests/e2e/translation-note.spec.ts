// The note on a translation (components/explainer/translation-note.tsx): an English page whose
// en.md names the version of ja.md it translates (`translatedFrom:`) says so under the title, with
// the date as a <time> and a link to the same page of the Japanese edition; an English page without
// the field, and every Japanese page, has no note. With and without JavaScript (it is server-rendered).
import { defaultLocale } from '@/i18n/locales';
import type { Explainer } from '@/lib/content/types';
import { allPagesPath, explainerPath } from './support/content';
import { publishedExplainers } from './support/finding';
import { expect, test } from './support/fixtures';
import { translator } from './support/messages';

const t = translator('en');
const english = publishedExplainers.filter((explainer) => explainer.locale === 'en');
const marked = english.filter((explainer) => explainer.translatedFrom);
const original = (explainer: Explainer) =>
  publishedExplainers.find((candidate) => candidate.locale === defaultLocale && candidate.slug === explainer.slug);

/** The words of the note that link to the Japanese edition (between <original> and </original>). */
const linkWords = /<original>(.*?)<\/original>/.exec(String(t.raw('Explainer.translatedFrom')))?.[1] ?? '';

/** The note as readers read it: the site's own message, the date as the site writes it. */
function noteText(date: string): string {
  const day = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(new Date(`${date}T12:00:00Z`));
  return t.markup('Explainer.translatedFrom', { date: day, time: (chunks) => chunks, original: (chunks) => chunks });
}

for (const scripts of [true, false]) {
  test.describe(scripts ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: scripts });

    test('the content has a marked translation to show', () => {
      expect(marked.length).toBeGreaterThan(0);
    });

    for (const explainer of marked) {
      const mark = explainer.translatedFrom ?? { date: '', revision: '' };
      const ja = original(explainer);
      const views: [string, string, string | undefined][] = [
        ...explainer.pages.map((item): [string, string, string | undefined] => [
          `page ${item.number}`,
          explainerPath(explainer, item.number),
          ja ? explainerPath(ja, item.number) : undefined,
        ]),
        ['all pages', allPagesPath(explainer), ja ? allPagesPath(ja) : undefined],
      ];
      for (const [name, path, japanese] of views) {
        test(`${explainer.slug}, ${name}: "translated from the Japanese edition of ${mark.date}", linked to it`, async ({ page }) => {
          await page.goto(path);
          const note = page.locator('header.explainer-header p.translation-note');
          await expect(note).toHaveText(noteText(mark.date));
          await expect(note.locator('time')).toHaveAttribute('datetime', mark.date);
          const link = note.getByRole('link', { name: linkWords, exact: true });
          if (!japanese || !ja) {
            await expect(link).toHaveCount(0);
            return;
          }
          await expect(link).toHaveAttribute('hreflang', defaultLocale);
          await expect(link).toHaveAttribute('href', japanese);
          await link.click();
          await expect(page).toHaveURL(new RegExp(`${japanese}/?$`));
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.title);
          await expect(page.locator('.translation-note')).toHaveCount(0);
        });
      }
    }

    for (const explainer of english.filter((candidate) => !candidate.translatedFrom)) {
      test(`${explainer.slug}: no note on a translation that names no version of ja.md`, async ({ page }) => {
        await page.goto(explainerPath(explainer));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(explainer.title);
        await expect(page.locator('.translation-note')).toHaveCount(0);
      });
    }
  });
}
