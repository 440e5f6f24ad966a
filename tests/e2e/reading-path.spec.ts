import type { Page } from '@playwright/test';
import { explainerDocumentTitle, explainerPath, firstExplainer, pageOf } from './support/content';
import { expect, test } from './support/fixtures';
import { translator } from './support/messages';
import { pagerNav, scrollToBottom, scrollY, waitForPagerScript } from './support/site';

// The reader's main path through the site, in Japanese (the default edition).
const locale = 'ja';
const t = translator(locale);
const explainer = firstExplainer(locale);

function pageTitleHeading(page: Page, number: number) {
  return page.getByRole('heading', { level: 2, name: pageOf(explainer, number).title, exact: true });
}

/** After the pager turned the page: new URL, content and title; focus on the article h1; scrolled to the top. */
async function expectTurnedTo(page: Page, number: number) {
  await expect(page).toHaveURL(explainerPath(explainer, number));
  await expect(pageTitleHeading(page, number)).toBeVisible();
  await expect(page).toHaveTitle(explainerDocumentTitle(explainer, number));
  await expect(page.locator('#explainer-title')).toBeFocused();
  await expect.poll(() => scrollY(page)).toBe(0);
}

test.describe('with JavaScript', () => {
  test('home → first explainer → next page link: page 2 with focus on the title, at the top', async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.getByRole('link', { name: explainer.title, exact: true }).click();

    await expect(page).toHaveURL(explainerPath(explainer));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(explainer.title);
    await expect(pageTitleHeading(page, 1)).toBeVisible();
    await expect(page).toHaveTitle(explainerDocumentTitle(explainer, 1));

    await waitForPagerScript(page, locale);
    const next = pagerNav(page, locale).getByRole('link', { name: t('Pager.next') });
    await next.scrollIntoViewIfNeeded();
    expect(await scrollY(page)).toBeGreaterThan(200);
    await next.click();

    await expectTurnedTo(page, 2);
    await expect(pageTitleHeading(page, 1)).toHaveCount(0);
  });

  test('a reader arriving from elsewhere keeps the browser focus (only page turns move it)', async ({ page }) => {
    await page.goto(explainerPath(explainer, 2));
    await waitForPagerScript(page, locale);
    await expect(page.locator('#explainer-title')).not.toBeFocused();
  });

  test('→ and ← turn pages, moving focus to the title and scrolling to the top', { tag: '@desktop' }, async ({ page }) => {
    await page.goto(explainerPath(explainer, 2));
    await waitForPagerScript(page, locale);

    await scrollToBottom(page);
    await page.keyboard.press('ArrowRight');
    await expectTurnedTo(page, 3);

    await scrollToBottom(page);
    await page.keyboard.press('ArrowLeft');
    await expectTurnedTo(page, 2);

    await page.keyboard.press('ArrowLeft');
    await expectTurnedTo(page, 1);
  });

  test('→ in a text field or with a modifier key does not turn the page', { tag: '@desktop' }, async ({ page }) => {
    await page.goto(explainerPath(explainer, 2));
    await waitForPagerScript(page, locale);

    // A field inside the article (replaced if the page were turned) and a log of whether each
    // arrow key press was taken by the pager, read after the event has finished dispatching.
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.type = 'text';
      field.setAttribute('aria-label', 'probe');
      field.value = 'abc';
      document.querySelector('article')?.prepend(field);
      const log: boolean[] = [];
      Object.assign(window, { arrowKeysTaken: log });
      window.addEventListener('keydown', (event) => {
        if (event.key.startsWith('Arrow')) setTimeout(() => log.push(event.defaultPrevented));
      });
    });
    const taken = () => page.evaluate(() => (window as unknown as { arrowKeysTaken: boolean[] }).arrowKeysTaken);
    const field = page.getByRole('textbox', { name: 'probe' });

    await field.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('X');
    // The keys reached the field as caret moves, and the pager let them be.
    await expect(field).toHaveValue('abXc');
    await expect.poll(taken).toEqual([false, false, false]);

    await field.blur();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(taken).toEqual([false, false, false, false]);
    await expect(field).toBeAttached();
    await expect(page).toHaveURL(explainerPath(explainer, 2));

    // Outside the field the same key turns the page: the log above could have said otherwise.
    await page.keyboard.press('ArrowRight');
    await expectTurnedTo(page, 3);
    expect(await taken()).toEqual([false, false, false, false, true]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('home → explainer → next → contents → previous → all pages: plain links all the way', async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.getByRole('link', { name: explainer.title, exact: true }).click();
    await expect(page).toHaveURL(explainerPath(explainer));
    await expect(pageTitleHeading(page, 1)).toBeVisible();

    const pager = pagerNav(page, locale);
    // The ← → hint is a promise only the script keeps.
    await expect(pager.getByText(t('Pager.keyboardHint'))).toHaveCount(0);

    await pager.getByRole('link', { name: t('Pager.next') }).click();
    await expect(page).toHaveURL(explainerPath(explainer, 2));
    await expect(pageTitleHeading(page, 2)).toBeVisible();
    await expect(page).toHaveTitle(explainerDocumentTitle(explainer, 2));

    await pager.getByRole('link', { name: `3. ${pageOf(explainer, 3).title}` }).click();
    await expect(page).toHaveURL(explainerPath(explainer, 3));
    await expect(pageTitleHeading(page, 3)).toBeVisible();
    await expect(pager.getByRole('link', { name: t('Pager.next') })).toHaveCount(0);

    await pager.getByRole('link', { name: t('Pager.previous') }).click();
    await expect(page).toHaveURL(explainerPath(explainer, 2));
    await expect(pageTitleHeading(page, 2)).toBeVisible();

    await page.getByRole('link', { name: t('Explainer.readAll') }).click();
    await expect(page).toHaveURL(`${explainerPath(explainer)}/all`);
    for (const item of explainer.pages) {
      await expect(page.getByRole('heading', { level: 2, name: t('Explainer.pageHeading', { page: item.number, title: item.title }) })).toBeVisible();
    }
  });
});
