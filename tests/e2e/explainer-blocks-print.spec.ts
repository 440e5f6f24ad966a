// The pages with issue 14's blocks under axe in light and dark, with a definition open and the
// readings hidden too; and printing the all-pages view, which must carry every definition (paper
// cannot open a popover).
import { locales } from '@/i18n/locales';
import { axeViolations } from './support/axe';
import { blocksExplainer, openableTerms, pageWithReadings } from './support/blocks';
import { allPagesPath, explainerPath } from './support/content';
import { expect, test } from './support/fixtures';
import { translator } from './support/messages';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} color scheme`, () => {
    test.use({ colorScheme });
    for (const locale of locales) {
      const explainer = blocksExplainer(locale);
      const paths = [...explainer.pages.map((item) => explainerPath(explainer, item.number)), allPagesPath(explainer)];
      for (const path of paths) {
        test(`${path} has no axe violations`, { tag: '@desktop' }, async ({ page }) => {
          await page.goto(path);
          expect(await page.evaluate((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme)).toBe(true);
          expect(await axeViolations(page)).toEqual([]);
        });
      }

      const item = explainer.pages.find((each) => openableTerms(each).length > 0);
      test(`${locale}: a page with a definition open and its readings hidden has no axe violations`, { tag: '@desktop' }, async ({ page }) => {
        if (!item) throw new Error('The block tests need a page with a :term');
        await page.goto(explainerPath(explainer, item.number));
        if (pageWithReadings({ ...explainer, pages: [item] })) {
          await page.getByRole('checkbox', { name: translator(locale)('Glossary.hideReadings'), exact: true }).check();
        }
        const [term] = openableTerms(item);
        await page.locator(`button[popovertarget="${term?.popoverId}"]`).click();
        await expect(page.locator(`[id="${term?.popoverId}"]`)).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

for (const locale of locales) {
  const t = translator(locale);
  const explainer = blocksExplainer(locale);

  test(`${locale}: printing the all-pages view prints every definition, with its source address, and no switch`, async ({ page }) => {
    await page.goto(allPagesPath(explainer));
    const terms = explainer.pages.flatMap(openableTerms);
    const [first] = terms;
    if (!first) throw new Error('The block tests need a page with a :term');
    // A definition left open on screen does not print as a floating box.
    await page.locator(`button[popovertarget="${first.popoverId}"]`).click();
    await expect(page.locator(`[id="${first.popoverId}"]`)).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.term__popover')).toHaveCount(terms.length);
    for (const popover of await page.locator('.term__popover').all()) await expect(popover).toBeHidden();
    await expect(page.getByRole('checkbox', { name: t('Glossary.hideReadings'), exact: true })).toBeHidden();

    const list = page.getByRole('region', { name: t('Glossary.allTerms'), exact: true });
    await expect(list).toBeVisible();
    const glossary = explainer.glossary ?? [];
    expect(glossary.length).toBeGreaterThan(0);
    const definitions = list.locator('dd');
    await expect(definitions).toHaveCount(glossary.length);
    for (const [index, entry] of glossary.entries()) {
      const definition = definitions.nth(index);
      await expect(definition).toBeVisible();
      await expect(definition).toContainText(entry.definition);
      if (!entry.source) continue;
      // Paper cannot follow a link: the address is printed after it.
      const printed = await definition.getByRole('link').evaluate((link) => getComputedStyle(link, '::after').content);
      expect(printed).toBe(`" (${entry.source})"`);
    }
    for (const block of ['.timeline', '.known', '.other-view', '.update-log']) {
      if ((await page.locator(block).count()) > 0) await expect(page.locator(block).first()).toBeVisible();
    }
  });
}
