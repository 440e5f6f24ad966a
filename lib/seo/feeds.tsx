// RSS 2.0, Atom 1.0 and JSON Feed of one locale edition, written by the `feed` package. Each
// item carries the lead and the key points and links to the explainer; dates are content dates, so
// a rebuild does not mark every item as new.
import 'server-only';
import { Feed } from 'feed';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { listExplainers } from '@/lib/content';
import { explainerOgCard, ogImageOf } from '@/lib/og/cards';
import { explainerPagePath, homePath } from '@/lib/site/paths';
import { absoluteUrl } from './absolute-url';
import { contentDate, latestDate } from './content-dates';
import { feedFormats, feedPath, type FeedFormat } from './feed-links';
import { publisherLogo } from './publisher-logo';

export async function buildFeed(locale: Locale): Promise<Feed> {
  const [site, t, explainerT] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'Explainer' }),
  ]);
  const explainers = listExplainers(locale);
  const updated = latestDate(explainers.map((explainer) => explainer.updated ?? explainer.published));
  const home = absoluteUrl(homePath(locale));
  const feed = new Feed({
    id: home,
    link: home,
    title: t('feedTitle', { name: site('name') }),
    description: site('tagline'),
    language: locale,
    // Without content, the feed's date is the epoch rather than the build time (see content-dates.ts).
    updated: updated ? contentDate(updated) : new Date(0),
    image: absoluteUrl(publisherLogo.path),
    copyright: `© ${site('name')}`,
    // Atom wants an author for the feed; explainers signed by the desk also name it per entry.
    author: { name: site('name'), link: home },
    generator: 'Kaisetsu',
    feedLinks: Object.fromEntries(
      (Object.keys(feedFormats) as FeedFormat[]).map((format) => [format, absoluteUrl(feedPath(locale, format))]),
    ),
  });
  for (const explainer of explainers) {
    const first = explainer.pages[0];
    if (!first) continue;
    const url = absoluteUrl(explainerPagePath(locale, explainer.slug, 1));
    const card = ogImageOf(await explainerOgCard(explainer, first));
    feed.addItem({
      id: url,
      guid: url,
      link: url,
      title: explainer.title,
      description: explainer.lead,
      content: await itemHtml(explainer.lead, explainer.keyPoints, explainerT('keyPoints')),
      date: contentDate(explainer.updated ?? explainer.published),
      published: contentDate(explainer.published),
      ...(explainer.author ? { author: [{ name: explainer.author }] } : {}),
      category: explainer.topics.map((topic) => ({ name: topic })),
      image: { url: absoluteUrl(card.url), type: card.type },
    });
  }
  return feed;
}

/** The lead and the key points as HTML, escaped by React rather than by hand. */
async function itemHtml(lead: string, keyPoints: readonly string[], keyPointsHeading: string): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  return renderToStaticMarkup(
    <>
      <p>{lead}</p>
      <h2>{keyPointsHeading}</h2>
      <ul>
        {keyPoints.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </>,
  );
}
