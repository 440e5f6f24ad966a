// The lists readers see that hang on topics: each edition's explainers, the topic pages (the same
// in every locale), topics only drafts use, and related explainers.
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '@/i18n/locales';
import { editionOf, explainersByTopic, relatedExplainers, topicsWithPages } from '@/lib/content/query/topics';
import { TOPICS, scratchTopicsTree } from './support/topics-tree';

const { writeExplainer, writeTopics, load } = scratchTopicsTree();

describe('what readers find', () => {
  // library (ja+en, 11-20), river (ja only, 12-01), bus (ja+en, 10-01), draft (ja, draft).
  function site() {
    writeTopics(TOPICS);
    writeExplainer('library', 'ja', { topics: '[city-life, libraries]', published: '2026-11-20' });
    writeExplainer('library', 'en', { topics: '[city-life, libraries]', published: '2026-11-20' });
    writeExplainer('river', 'ja', { topics: '[environment, city-life]', published: '2026-12-01' });
    writeExplainer('bus', 'ja', { topics: '[city-life]', published: '2026-10-01' });
    writeExplainer('bus', 'en', { topics: '[city-life]', published: '2026-10-01' });
    writeExplainer('draft', 'ja', { topics: '[libraries]', published: '2026-12-24', draft: true });
    const loaded = load({ includeDrafts: false });
    expect(loaded.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    return loaded;
  }
  const keys = (list: { locale: string; slug: string }[]) => list.map((explainer) => `${explainer.locale}/${explainer.slug}`);

  it('each edition: its own explainers plus untranslated originals, newest first', () => {
    const { explainers } = site();
    expect(keys(editionOf(explainers, 'ja'))).toEqual(['ja/river', 'ja/library', 'ja/bus']);
    expect(keys(editionOf(explainers, 'en'))).toEqual(['ja/river', 'en/library', 'en/bus']);
  });

  it('gives every locale the same topic pages, also for a topic whose explainers exist only in Japanese', () => {
    const { explainers, topics } = site();
    // "environment" is used by river (ja only). An empty list for one locale would drop the topic
    // route for every locale (vercel/next.js#95166), so the list must not depend on the locale.
    const pages = topicsWithPages(topics, explainers).map((topic) => topic.slug);
    expect(pages).toEqual(['city-life', 'libraries', 'environment']);
    for (const locale of locales) {
      for (const slug of pages) expect(explainersByTopic(editionOf(explainers, locale), slug).length, `${locale}/${slug}`).toBeGreaterThan(0);
    }
    expect(keys(explainersByTopic(editionOf(explainers, 'en'), 'environment'))).toEqual(['ja/river']);
    expect(keys(explainersByTopic(editionOf(explainers, 'ja'), 'city-life'))).toEqual(['ja/river', 'ja/library', 'ja/bus']);
  });

  it('leaves out topics that only drafts use', () => {
    writeTopics(TOPICS);
    writeExplainer('library', 'ja', { topics: '[city-life]' });
    writeExplainer('library', 'en', { topics: '[city-life]' });
    writeExplainer('draft', 'ja', { topics: '[libraries, environment]', draft: true });
    const { explainers, topics, issues } = load({ includeDrafts: false });
    // Used by a draft: not unused, but no page yet.
    expect(issues).toEqual([]);
    expect(topicsWithPages(topics, explainers).map((topic) => topic.slug)).toEqual(['city-life']);
  });

  it('related explainers share a topic, newest first, without the explainer itself', () => {
    const { explainers } = site();
    const find = (locale: Locale, slug: string) => {
      const found = explainers.find((explainer) => explainer.locale === locale && explainer.slug === slug);
      if (!found) throw new Error(`${locale}/${slug}`);
      return found;
    };
    expect(keys(relatedExplainers(find('ja', 'library'), editionOf(explainers, 'ja'), 5))).toEqual(['ja/river', 'ja/bus']);
    expect(keys(relatedExplainers(find('en', 'library'), editionOf(explainers, 'en'), 5))).toEqual(['ja/river', 'en/bus']);
    expect(keys(relatedExplainers(find('ja', 'library'), editionOf(explainers, 'ja'), 1))).toEqual(['ja/river']);
    // river shares only city-life with the others.
    expect(keys(relatedExplainers(find('ja', 'river'), editionOf(explainers, 'ja'), 5))).toEqual(['ja/library', 'ja/bus']);
  });

  it('related explainers are empty when no other explainer shares a topic', () => {
    writeTopics(TOPICS);
    writeExplainer('library', 'ja', { topics: '[libraries]' });
    writeExplainer('river', 'ja', { topics: '[environment, city-life]' });
    const { explainers } = load({ includeDrafts: false });
    const library = explainers.find((explainer) => explainer.slug === 'library');
    expect(library && relatedExplainers(library, editionOf(explainers, 'ja'), 5)).toEqual([]);
  });
});
