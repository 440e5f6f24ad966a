// The badges of the share images (lib/og/cards.ts): an updated explainer's cards say 更新 / Updated
// with the date as the page writes it, an old explainer's cards the year it was published, both
// for an updated old one; the words are part of each card's hashed URL. Fixture explainers of
// tests/fixtures/content/site at a pinned clock, with the site's messages (next-intl's server
// helpers replaced by the same translator and formatter over messages/*.json).
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Locale } from '@/i18n/locales';
import type { Explainer } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { contentClock } from '@/lib/content/publication';
import { explainerOgCard, type OgCard } from '@/lib/og/cards';
import { copyOgAssets } from '@/lib/og/copy-assets';
import { missingGlyphs } from '@/lib/og/glyph-check';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';

const messages = { ja, en } as const;

vi.mock('next-intl/server', async () => {
  const { createFormatter, createTranslator } = await import('next-intl');
  return {
    getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
      createTranslator({ locale, messages: messages[locale], namespace } as never),
    getFormatter: async ({ locale }: { locale: Locale }) => createFormatter({ locale, timeZone: 'Asia/Tokyo' }),
  };
});

beforeAll(() => {
  copyOgAssets();
});

const fixtures = path.join(__dirname, '../fixtures/content/site');

function explainerAt(now: string, locale: Locale, slug: string): Explainer {
  const { explainers } = loadContent({
    contentDir: fixtures,
    includeDrafts: false,
    now: contentClock({ NODE_ENV: 'test', KAISETSU_NOW: now }),
  });
  const found = explainers.find((explainer) => explainer.locale === locale && explainer.slug === slug);
  if (!found) throw new Error(`no fixture ${locale}/${slug}`);
  return found;
}

async function firstCard(now: string, locale: Locale, slug: string): Promise<OgCard & { kind: 'explainer' }> {
  const explainer = explainerAt(now, locale, slug);
  const card = await explainerOgCard(explainer, explainer.pages[0]!);
  if (card.kind !== 'explainer') throw new Error('not an explainer card');
  return card;
}

// Fixtures: harbor-ferry-return has updates (ja 2026-11-18 and 11-27, published 2026-11-15; en 11-19
// and 11-28, published 11-16); city-library-move has `updated: 2026-11-25` (ja) and no update in en;
// bus-route-review (ja, published 2026-11-10) neither.
const recent = '2026-12-02';
const aYearOn = '2027-11-21';

describe('the badges of a card', () => {
  it.each([
    ['ja', 'harbor-ferry-return', '更新 2026年11月27日'],
    ['en', 'harbor-ferry-return', 'Updated November 28, 2026'],
    ['ja', 'city-library-move', '更新 2026年11月25日'],
  ] as const)('%s %s: an updated explainer says when, as its page does', async (locale, slug, updated) => {
    const card = await firstCard(recent, locale, slug);
    expect(card.props.updatedBadge).toBe(updated);
    expect(card.props.yearBadge).toBeUndefined();
    expect(card.alt).toContain(updated);
  });

  it('a recent explainer never updated has none, and its alt text is the plain one', async () => {
    const card = await firstCard(recent, 'ja', 'bus-route-review');
    expect(card.props).not.toHaveProperty('updatedBadge');
    expect(card.props).not.toHaveProperty('yearBadge');
    expect(card.alt).not.toMatch(/[()（）]/);
  });

  it.each([
    ['ja', 'bus-route-review', { yearBadge: '2026年' }, '(2026年)'],
    ['en', 'city-library-move', { yearBadge: '2026' }, ' (2026)'],
    ['ja', 'harbor-ferry-return', { yearBadge: '2026年', updatedBadge: '更新 2026年11月27日' }, '(2026年、更新 2026年11月27日)'],
    ['en', 'harbor-ferry-return', { yearBadge: '2026', updatedBadge: 'Updated November 28, 2026' }, ' (2026, Updated November 28, 2026)'],
  ] as const)('%s %s: an old explainer shows its year, before the update if any', async (locale, slug, badges, altEnd) => {
    const card = await firstCard(aYearOn, locale, slug);
    expect(card.props).toMatchObject(badges);
    expect(card.props.updatedBadge).toBe('updatedBadge' in badges ? badges.updatedBadge : undefined);
    expect(card.alt.endsWith(altEnd)).toBe(true);
  });

  it('gives a card a new URL on the day its explainer turns old, and keeps it on the days between', async () => {
    const before = await firstCard('2027-11-14', 'ja', 'harbor-ferry-return');
    expect((await firstCard(recent, 'ja', 'harbor-ferry-return')).id).toBe(before.id);
    const after = await firstCard('2027-11-15', 'ja', 'harbor-ferry-return');
    expect(after.props.yearBadge).toBe('2026年');
    expect(after.id).not.toBe(before.id);
    expect((await firstCard('2030-01-01', 'ja', 'harbor-ferry-return')).id).toBe(after.id);
  });

  it('gives a card a new URL when the update date changes', async () => {
    const explainer = explainerAt(recent, 'ja', 'harbor-ferry-return');
    const page = explainer.pages[0]!;
    const later = await explainerOgCard({ ...explainer, updated: '2026-12-01' }, page);
    expect(later.kind === 'explainer' && later.props.updatedBadge).toBe('更新 2026年12月1日');
    expect(later.id).not.toBe((await explainerOgCard(explainer, page)).id);
  });
});

describe('the badge words', () => {
  // Every month and the widest days, in both languages: what the renderer draws from messages.
  const dates = Array.from({ length: 12 }, (_, month) => `2029-${String(month + 1).padStart(2, '0')}-28`);

  it.each(['ja', 'en'] as const)('%s: the share image font draws every one', async (locale) => {
    const base = explainerAt(recent, locale, 'harbor-ferry-return');
    for (const updated of dates) {
      const card = await explainerOgCard({ ...base, old: true, updated }, base.pages[0]!);
      if (card.kind !== 'explainer') throw new Error('not an explainer card');
      const drawn = `${card.props.yearBadge}${card.props.updatedBadge}`;
      expect(drawn).not.toContain('undefined');
      expect(missingGlyphs(drawn)).toEqual([]);
    }
  });
});
