// Issue 14's blocks other than the terms in a real browser, in both editions, with and without
// JavaScript: readings hide and show (and the choice is kept where scripts run); the timeline,
// known/unknown, other views and the update log render. Terms: explainer-blocks-terms.spec.ts;
// accessibility and print: explainer-blocks-print.spec.ts.
import type { Page } from '@playwright/test';
import { locales, type Locale } from '@/i18n/locales';
import { blocksExplainer, blocksOf, inlineText, openPage, pageWithBlock, pageWithReadings, proseTexts, required, textWithoutReadings, withAndWithoutScripts } from './support/blocks';
import { allPagesPath, explainerPath } from './support/content';
import { expect, test } from './support/fixtures';
import { translator } from './support/messages';
import { waitForHydration } from './support/site';

/** A date as the site writes it (its time zone, the calendar day given). */
function longDate(locale: Locale, iso: string, precision: 'year' | 'month' | 'day' = 'day'): string {
  const options: Intl.DateTimeFormatOptions =
    precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
  const day = precision === 'year' ? `${iso}-07-01` : precision === 'month' ? `${iso}-15` : iso;
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'Asia/Tokyo' }).format(new Date(`${day}T12:00:00Z`));
}

withAndWithoutScripts(({ scripts, locale, t, explainer }) => {
  test(`${locale}: readings are shown by default and the switch hides and shows them`, async ({ page }) => {
    const item = pageWithReadings(explainer);
    const toggle = page.getByRole('checkbox', { name: t('Glossary.hideReadings'), exact: true });
    if (!item) {
      // An edition without any reading (glossary readings are for the Japanese edition).
      for (const each of explainer.pages) {
        await openPage(page, explainerPath(explainer, each.number), scripts);
        await expect(page.locator('rt')).toHaveCount(0);
        await expect(toggle).toHaveCount(0);
      }
      return;
    }
    await openPage(page, explainerPath(explainer, item.number), scripts);
    const readings = page.locator('.reading rt');
    expect(await readings.count()).toBeGreaterThan(0);
    await expect(toggle).not.toBeChecked();
    await expect(readings.first()).toBeVisible();
    await toggle.check();
    for (const reading of await readings.all()) await expect(reading).toBeHidden();
    // Copy and paste and reader modes see no bracketed reading either.
    await expect(page.locator('.reading rp').first()).toBeHidden();
    await toggle.uncheck();
    await expect(readings.first()).toBeVisible();
    if (locale !== 'ja') {
      // Glossary readings are for the Japanese edition: an English term carries none.
      await expect(page.locator('.term__button rt')).toHaveCount(0);
    }
  });

  test(`${locale}: the timeline is an ordered list of dates as precise as written`, async ({ page }) => {
    const item = required(pageWithBlock(explainer, 'timeline'), 'a :::timeline');
    await openPage(page, explainerPath(explainer, item.number), scripts);
    const [timeline] = blocksOf(item, 'timeline');
    const block = page.getByRole('group', { name: t('Timeline.label'), exact: true }).first();
    await expect(block).toBeVisible();
    const entries = block.locator('ol > li');
    await expect(entries).toHaveCount(timeline?.entries.length ?? 0);
    for (const [index, entry] of (timeline?.entries ?? []).entries()) {
      const time = entries.nth(index).locator('time');
      await expect(time).toHaveAttribute('datetime', entry.date);
      await expect(time).toHaveText(longDate(locale, entry.date, entry.precision));
      expect(await textWithoutReadings(entries.nth(index))).toContain(inlineText(entry.children).trim());
    }
  });

  test(`${locale}: what we know and what we don't are labelled notes, apart from commentary`, async ({ page }) => {
    for (const type of ['known', 'unknown'] as const) {
      const item = required(pageWithBlock(explainer, type), `a :::${type}`);
      await openPage(page, explainerPath(explainer, item.number), scripts);
      const [data] = blocksOf(item, type);
      const note = page.getByRole('note', { name: t(`Known.${type}`), exact: true }).first();
      await expect(note).toBeVisible();
      await expect(note).toHaveClass(new RegExp(`known--${type}`));
      await expect(note).not.toHaveClass(/commentary/);
      await expect(note.locator('xpath=ancestor::*[contains(@class, "commentary")]')).toHaveCount(0);
      const written = await textWithoutReadings(note);
      for (const text of data ? proseTexts(data) : []) expect(written).toContain(text.trim());
    }
  });

  test(`${locale}: another view names its label and links its source`, async ({ page }) => {
    const item = required(pageWithBlock(explainer, 'view'), 'a :::view');
    await openPage(page, explainerPath(explainer, item.number), scripts);
    for (const view of blocksOf(item, 'view')) {
      const figure = page.getByRole('figure', { name: `${t('OtherViews.label')} ${view.label}`, exact: true });
      await expect(figure).toBeVisible();
      await expect(figure).toContainText(`${t('OtherViews.source')} ${view.source}`);
      await expect(figure.getByRole('link', { name: view.source, exact: true })).toHaveAttribute('href', view.url);
      const written = await textWithoutReadings(figure);
      for (const text of proseTexts(view)) expect(written).toContain(text.trim());
    }
  });

  test(`${locale}: the latest update is under the title of every page, and the log is at the end`, async ({ page }) => {
    const updates = required(explainer.updates?.length ? explainer.updates : undefined, 'an explainer with updates:');
    const latest = required(updates[0], 'an update');
    const line = t('Updates.latest', { date: longDate(locale, latest.date), text: latest.text });
    const last = explainer.pages.length;
    for (const item of explainer.pages) {
      await openPage(page, explainerPath(explainer, item.number), scripts);
      await expect(page.locator('.explainer-header')).toContainText(line);
      const log = page.getByRole('region', { name: t('Updates.log'), exact: true });
      if (item.number !== last) {
        await expect(log).toHaveCount(0);
        continue;
      }
      await expect(log.getByRole('listitem')).toHaveCount(updates.length);
      // Newest first.
      const dates = await log.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
      expect(dates).toEqual(updates.map((update) => update.date));
      expect([...dates].sort().reverse()).toEqual(dates);
      for (const [index, update] of updates.entries()) await expect(log.getByRole('listitem').nth(index)).toContainText(update.text);
    }
    await openPage(page, allPagesPath(explainer), scripts);
    await expect(page.locator('.explainer-header')).toContainText(line);
    await expect(page.getByRole('region', { name: t('Updates.log'), exact: true }).getByRole('listitem')).toHaveCount(updates.length);
  });
});

test.describe('the readings switch remembers the choice where scripts run', () => {
for (const locale of locales) {
  const t = translator(locale);
  const explainer = blocksExplainer(locale);
  const withReadings = explainer.pages.filter((item) => pageWithReadings({ ...explainer, pages: [item] }));

  test(`${locale}: hidden readings stay hidden after a reload, on the other pages and in a new tab`, async ({ page, context }) => {
    test.skip(withReadings.length === 0, `the ${locale} edition of the block explainer shows no reading`);
    const first = required(withReadings[0], 'a page with readings');
    const path = explainerPath(explainer, first.number);
    const toggle = (on: Page) => on.getByRole('checkbox', { name: t('Glossary.hideReadings'), exact: true });
    const readings = (on: Page) => on.locator('.reading rt').first();

    await openPage(page, path, true);
    await toggle(page).check();
    await expect(readings(page)).toBeHidden();

    await page.reload();
    await waitForHydration(page);
    await expect(toggle(page)).toBeChecked();
    await expect(readings(page)).toBeHidden();

    // Not the browser's form restoration: a page opened afresh, and the all-pages view, know it too.
    const other = await context.newPage();
    for (const next of [allPagesPath(explainer), ...withReadings.map((item) => explainerPath(explainer, item.number))]) {
      await openPage(other, next, true);
      await expect(toggle(other), next).toBeChecked();
      await expect(readings(other), next).toBeHidden();
    }
    await toggle(other).uncheck();
    await expect(readings(other)).toBeVisible();
    await other.close();

    await page.reload();
    await waitForHydration(page);
    await expect(toggle(page)).not.toBeChecked();
    await expect(readings(page)).toBeVisible();
  });
}
});

test.describe('the readings switch keeps a choice made before the scripts ran', () => {
const locale = 'ja';
const t = translator(locale);
const explainer = blocksExplainer(locale);
const item = pageWithReadings(explainer);

test('ja: ticked while the page waited for its scripts, still hidden on the next page', async ({ page, context }) => {
  if (!item) throw new Error('The block tests need a Japanese page with readings');
  // Hold Next's chunks until the reader has used the switch (the page paints before them).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(explainerPath(explainer, item.number), { waitUntil: 'domcontentloaded' });
  await page.getByRole('checkbox', { name: t('Glossary.hideReadings'), exact: true }).check();
  release();
  await waitForHydration(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('kaisetsu:readings'))).toBe('hidden');

  const other = await context.newPage();
  await openPage(other, allPagesPath(explainer), true);
  await expect(other.getByRole('checkbox', { name: t('Glossary.hideReadings'), exact: true })).toBeChecked();
  await expect(other.locator('.reading rt').first()).toBeHidden();
});
});
