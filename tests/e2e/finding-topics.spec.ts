// Topics, related explainers and the corrections note against the production build: the topic
// index and each topic page in both editions, topic links on cards and explainer headers (named in
// the reader's language, leading to the topic pages), the related list on the last page, and
// nothing where there is nothing to show.
import AxeBuilder from '@axe-core/playwright';
import { locales } from '@/i18n/locales';
import { explainerAllPath, explainerPagePath, topicPath, topicsPath } from '@/lib/site/paths';
import { explainerPath, firstExplainer } from './support/content';
import { expect, test } from './support/fixtures';
import { explainersUnder, publishedExplainers, relatedTo, topicName, topicPages } from './support/finding';
import { translator } from './support/messages';

test('the first explainer is filed under city life and libraries (the fixture content)', () => {
  expect(firstExplainer('ja').topics).toEqual(['city-life', 'libraries']);
});

for (const locale of locales) {
  const t = translator(locale);

  test(`${locale}: the topics page lists every topic with explainers, named in ${locale}, with a count`, async ({ page }) => {
    const topics = topicPages(locale);
    expect(topics.length).toBeGreaterThan(0);
    const response = await page.goto(topicsPath(locale));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('Topics.title'));
    const items = page.locator('.topic-index__item');
    await expect(items).toHaveCount(topics.length);
    for (const [index, topic] of topics.entries()) {
      const item = items.nth(index);
      await expect(item.getByRole('link')).toHaveText(topic.name);
      await expect(item.getByRole('link')).toHaveAttribute('href', topicPath(locale, topic.slug));
      await expect(item.locator('.topic-index__count')).toHaveText(t('Topics.count', { count: explainersUnder(locale, topic.slug).length }));
    }
  });

  for (const topic of topicPages(locale)) {
    test(`${locale}: /topics/${topic.slug} lists its explainers, newest first, and links back`, async ({ page }) => {
      const response = await page.goto(topicPath(locale, topic.slug));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('Topics.topicTitle', { name: topic.name }));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${topicPath(locale, topic.slug)}$`));
      const expected = explainersUnder(locale, topic.slug);
      // The English edition lists Japanese-only explainers too, so no edition's page is empty.
      expect(expected.length).toBeGreaterThan(0);
      const titles = page.locator('.explainer-card__title a');
      await expect(titles).toHaveText(expected.map((explainer) => explainer.title));
      for (const [index, explainer] of expected.entries()) {
        await expect(titles.nth(index)).toHaveAttribute('href', explainerPagePath(explainer.locale, explainer.slug));
      }
      await page.getByRole('link', { name: t('Topics.all') }).click();
      await expect(page).toHaveURL(new RegExp(`${topicsPath(locale)}$`));
    });
  }

  test(`${locale}: an unknown topic is a 404`, async ({ page }) => {
    const response = await page.goto(topicPath(locale, 'no-such-topic'));
    expect(response?.status()).toBe(404);
  });

  test(`${locale}: cards name their topics in ${locale} and link to the topic pages`, async ({ page }) => {
    const explainer = firstExplainer(locale);
    await page.goto(`/${locale}`);
    const card = page.locator('.explainer-card').filter({ has: page.getByRole('link', { name: explainer.title }) });
    const links = card.getByRole('list', { name: t('Topics.explainerTopics') }).getByRole('link');
    await expect(links).toHaveText(explainer.topics.map((slug) => topicName(locale, slug)));
    // No slug shown as a #hashtag any more.
    await expect(card).not.toContainText('#');
    const first = explainer.topics[0] ?? '';
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`${topicPath(locale, first)}$`));
    await expect(page.getByRole('link', { name: explainer.title })).toBeVisible();
  });

  test(`${locale}: every page of an explainer names its topics under the title`, async ({ page }) => {
    const explainer = firstExplainer(locale);
    for (const path of [...explainer.pages.map((each) => explainerPath(explainer, each.number)), explainerAllPath(locale, explainer.slug)]) {
      await page.goto(path);
      const links = page.locator('.explainer-header').getByRole('list', { name: t('Topics.explainerTopics') }).getByRole('link');
      await expect(links, path).toHaveText(explainer.topics.map((slug) => topicName(locale, slug)));
      await expect(links.first(), path).toHaveAttribute('href', topicPath(locale, explainer.topics[0] ?? ''));
    }
  });

  test(`${locale}: related explainers on the last page match the shared topics, or nothing is shown`, async ({ page }) => {
    for (const explainer of publishedExplainers.filter((each) => each.locale === locale)) {
      const related = relatedTo(explainer);
      const heading = page.getByRole('heading', { name: t('Explainer.related') });
      // Not on the earlier pages.
      await page.goto(explainerPath(explainer, 1));
      await expect(page.locator('.related')).toHaveCount(0);
      await page.goto(explainerPath(explainer, explainer.pages.length));
      if (related.length === 0) {
        await expect(heading).toHaveCount(0);
        await expect(page.locator('.related')).toHaveCount(0);
      } else {
        await expect(heading).toBeVisible();
        await expect(page.locator('.related__link')).toHaveText(related.map((other) => other.title));
      }
    }
  });

  test(`${locale}: the corrections note appears only with corrections, and leads to the log`, async ({ page }) => {
    for (const explainer of publishedExplainers.filter((each) => each.locale === locale)) {
      await page.goto(explainerPath(explainer, 1));
      const note = page.getByRole('link', { name: t('Explainer.correctionsNote') });
      if (explainer.corrections.length === 0) {
        await expect(note).toHaveCount(0);
        continue;
      }
      await note.click();
      await expect(page).toHaveURL(new RegExp(`${explainerPath(explainer, explainer.pages.length)}#corrections$`));
      await expect(page.locator('#corrections li')).toHaveCount(explainer.corrections.length);
      await expect(page.locator('#corrections')).toBeInViewport();
    }
  });
}

for (const path of [topicsPath('ja'), topicPath('en', 'libraries'), topicPath('ja', 'transport')]) {
  test(`${path} has no axe violations`, { tag: '@desktop' }, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
