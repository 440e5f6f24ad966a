// Issue 14's blocks in a real browser, in both editions, with and without JavaScript: glossary
// terms open and close their definition by mouse, touch and keyboard; readings hide and show (and
// the choice is kept where scripts run); the timeline, known/unknown, other views and the update
// log render. Accessibility and print of these pages: explainer-blocks-a11y.spec.ts.
import type { Locator, Page } from '@playwright/test';
import { locales, type Locale } from '@/i18n/locales';
import type { Explainer, ExplainerPage } from '@/lib/content/types';
import { blocksExplainer, blocksOf, inlineText, openableTerms, pageWithBlock, pageWithReadings, proseTexts } from './support/blocks';
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

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The block tests need ${what}`);
  return value;
}

/** A term a reader can open on `item`: preferably one whose definition has a link to tab into. */
function sampleTerm(item: ExplainerPage) {
  const terms = openableTerms(item);
  return required(terms.find((term) => term.entry.source) ?? terms[0], `a :term on page ${item.number}`);
}

function termParts(page: Page, popoverId: string) {
  return { button: page.locator(`button[popovertarget="${popoverId}"]`), popover: page.locator(`[id="${popoverId}"]`) };
}

/** An element's text as written, without the readings ruby adds over its words. */
function textWithoutReadings(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    for (const reading of copy.querySelectorAll('rt, rp')) reading.remove();
    return copy.textContent ?? '';
  });
}

async function open(page: Page, path: string, scripts: boolean) {
  await page.goto(path);
  if (scripts) await waitForHydration(page);
}

for (const scripts of [true, false]) {
  test.describe(scripts ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: scripts });

    for (const locale of locales) {
      const t = translator(locale);
      const explainer: Explainer = blocksExplainer(locale);
      const termPage = required(explainer.pages.find((item) => openableTerms(item).length > 0), 'a page with a :term');
      const termPath = explainerPath(explainer, termPage.number);

      test(`${locale}: a term opens and closes its definition by mouse, and Escape closes it`, { tag: '@desktop' }, async ({ page }) => {
        await open(page, termPath, scripts);
        const { popoverId, entry } = sampleTerm(termPage);
        const { button, popover } = termParts(page, popoverId);
        await expect(popover).toBeHidden();
        await button.click();
        await expect(popover).toBeVisible();
        await expect(popover).toContainText(entry.definition);
        await expect(popover.locator('.term__name')).toContainText(entry.term);
        if (entry.source) await expect(popover.getByRole('link')).toHaveAttribute('href', entry.source);
        // The box opens next to the term, not over it.
        const [termBox, popoverBox] = [await button.boundingBox(), await popover.boundingBox()];
        expect(popoverBox && termBox && (popoverBox.y >= termBox.y + termBox.height - 1 || popoverBox.y + popoverBox.height <= termBox.y + 1)).toBe(true);

        await button.click();
        await expect(popover).toBeHidden();
        await expect(button).toBeFocused();

        await button.click();
        await expect(popover).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(popover).toBeHidden();
        await expect(button).toBeFocused();

        // A click anywhere else closes it too.
        await button.click();
        await expect(popover).toBeVisible();
        await page.locator('#explainer-title').click();
        await expect(popover).toBeHidden();
      });

      test(`${locale}: a term opens by Enter and Space, and focus returns to it when it closes`, { tag: '@desktop' }, async ({ page }) => {
        await open(page, termPath, scripts);
        const { popoverId, entry } = sampleTerm(termPage);
        const { button, popover } = termParts(page, popoverId);
        await button.focus();
        await page.keyboard.press('Enter');
        await expect(popover).toBeVisible();
        await page.keyboard.press('Enter');
        await expect(popover).toBeHidden();
        await expect(button).toBeFocused();

        await page.keyboard.press('Space');
        await expect(popover).toBeVisible();
        await expect(popover).toContainText(entry.definition);
        if (entry.source) {
          // Tab goes from the term into its open definition; Escape from there brings focus back.
          await page.keyboard.press('Tab');
          await expect(popover.getByRole('link')).toBeFocused();
        }
        await page.keyboard.press('Escape');
        await expect(popover).toBeHidden();
        await expect(button).toBeFocused();
        await page.keyboard.press('Space');
        await expect(popover).toBeVisible();
        await page.keyboard.press('Space');
        await expect(popover).toBeHidden();
        await expect(button).toBeFocused();
      });

      test(`${locale}: a term opens and closes its definition by touch`, async ({ page, hasTouch }) => {
        test.skip(!hasTouch, 'the phone project taps; the desktop project has no touch screen');
        await open(page, termPath, scripts);
        const { popoverId, entry } = sampleTerm(termPage);
        const { button, popover } = termParts(page, popoverId);
        await button.tap();
        await expect(popover).toBeVisible();
        await expect(popover).toContainText(entry.definition);
        await button.tap();
        await expect(popover).toBeHidden();
        await button.tap();
        await expect(popover).toBeVisible();
        await page.locator('#explainer-title').tap();
        await expect(popover).toBeHidden();
      });

      test(`${locale}: only a term's first use on a page opens, and the page lists its terms at the end`, async ({ page }) => {
        for (const item of explainer.pages) {
          const terms = openableTerms(item);
          await open(page, explainerPath(explainer, item.number), scripts);
          await expect(page.locator('.term__button')).toHaveCount(terms.length);
          for (const { popoverId } of terms) await expect(termParts(page, popoverId).button).toBeVisible();
          const list = page.getByRole('region', { name: t('Glossary.pageTerms'), exact: true });
          if (terms.length === 0) {
            await expect(list).toHaveCount(0);
            continue;
          }
          await expect(list.locator('dd')).toHaveText(terms.map(({ entry }) => new RegExp(escape(entry.definition))));
          await expect(list.locator('dt')).toHaveText(terms.map(({ entry }) => new RegExp(escape(entry.term))));
        }
        // The all-pages view: one list of every term the explainer uses.
        await open(page, allPagesPath(explainer), scripts);
        const all = page.getByRole('region', { name: t('Glossary.allTerms'), exact: true });
        await expect(all.locator('dd')).toHaveText((explainer.glossary ?? []).map((entry) => new RegExp(escape(entry.definition))));
      });

      test(`${locale}: readings are shown by default and the switch hides and shows them`, async ({ page }) => {
        const item = pageWithReadings(explainer);
        const toggle = page.getByRole('checkbox', { name: t('Glossary.hideReadings'), exact: true });
        if (!item) {
          // An edition without any reading (glossary readings are for the Japanese edition).
          for (const each of explainer.pages) {
            await open(page, explainerPath(explainer, each.number), scripts);
            await expect(page.locator('rt')).toHaveCount(0);
            await expect(toggle).toHaveCount(0);
          }
          return;
        }
        await open(page, explainerPath(explainer, item.number), scripts);
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
        await open(page, explainerPath(explainer, item.number), scripts);
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
          await open(page, explainerPath(explainer, item.number), scripts);
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
        await open(page, explainerPath(explainer, item.number), scripts);
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
          await open(page, explainerPath(explainer, item.number), scripts);
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
        await open(page, allPagesPath(explainer), scripts);
        await expect(page.locator('.explainer-header')).toContainText(line);
        await expect(page.getByRole('region', { name: t('Updates.log'), exact: true }).getByRole('listitem')).toHaveCount(updates.length);
      });
    }
  });
}

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

      await open(page, path, true);
      await toggle(page).check();
      await expect(readings(page)).toBeHidden();

      await page.reload();
      await waitForHydration(page);
      await expect(toggle(page)).toBeChecked();
      await expect(readings(page)).toBeHidden();

      // Not the browser's form restoration: a page opened afresh, and the all-pages view, know it too.
      const other = await context.newPage();
      for (const next of [allPagesPath(explainer), ...withReadings.map((item) => explainerPath(explainer, item.number))]) {
        await open(other, next, true);
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
    await open(other, allPagesPath(explainer), true);
    await expect(other.getByRole('checkbox', { name: t('Glossary.hideReadings'), exact: true })).toBeChecked();
    await expect(other.locator('.reading rt').first()).toBeHidden();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
