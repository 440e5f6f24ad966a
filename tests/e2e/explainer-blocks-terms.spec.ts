// Issue 14's glossary terms in a real browser, in both editions, with and without JavaScript: a
// term opens and closes its definition by mouse, touch and keyboard, focus comes back to it,
// Escape closes it; only a term's first use on a page opens, and each page lists its terms. The
// other blocks: explainer-blocks.spec.ts; accessibility and print: explainer-blocks-print.spec.ts.
import type { Page } from '@playwright/test';
import type { ExplainerPage } from '@/lib/content/types';
import { escape, openPage, openableTerms, required, withAndWithoutScripts } from './support/blocks';
import { allPagesPath, explainerPath } from './support/content';
import { expect, test } from './support/fixtures';

/** A term a reader can open on `item`: preferably one whose definition has a link to tab into. */
function sampleTerm(item: ExplainerPage) {
  const terms = openableTerms(item);
  return required(terms.find((term) => term.entry.source) ?? terms[0], `a :term on page ${item.number}`);
}

function termParts(page: Page, popoverId: string) {
  return { button: page.locator(`button[popovertarget="${popoverId}"]`), popover: page.locator(`[id="${popoverId}"]`) };
}

withAndWithoutScripts(({ scripts, locale, t, explainer }) => {
  const termPage = required(explainer.pages.find((item) => openableTerms(item).length > 0), 'a page with a :term');
  const termPath = explainerPath(explainer, termPage.number);

  test(`${locale}: a term opens and closes its definition by mouse, and Escape closes it`, { tag: '@desktop' }, async ({ page }) => {
    await openPage(page, termPath, scripts);
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
    await openPage(page, termPath, scripts);
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
    await openPage(page, termPath, scripts);
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
      await openPage(page, explainerPath(explainer, item.number), scripts);
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
    await openPage(page, allPagesPath(explainer), scripts);
    const all = page.getByRole('region', { name: t('Glossary.allTerms'), exact: true });
    await expect(all.locator('dd')).toHaveText((explainer.glossary ?? []).map((entry) => new RegExp(escape(entry.definition))));
  });
});
