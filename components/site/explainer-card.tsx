import { getFormatter, getTranslations } from 'next-intl/server';
import { SiteLink } from './site-link';
import type { Locale } from '@/i18n/locales';
import type { Explainer } from '@/lib/content';
import { TopicLinks } from '@/components/topics/topic-links';
import { PhrasedText } from '@/components/typography/phrased-text';
import { explainerPagePath } from '@/lib/site/paths';
import { readingMinutes } from '@/lib/site/reading-time';
import { displayDate } from '@/lib/site/display-date';

/**
 * An explainer in a list. `readerLocale` is the edition being browsed; an explainer in another
 * language (a Japanese-only one on /en) is labelled and keeps its own `lang`.
 */
export async function ExplainerCard({ explainer, readerLocale }: { explainer: Explainer; readerLocale: Locale }) {
  const [t, topicsT, format] = await Promise.all([getTranslations('Home'), getTranslations('Topics'), getFormatter()]);
  const foreign = explainer.locale !== readerLocale;
  const minutes = readingMinutes(explainer.characterCount, explainer.locale);
  return (
    <article className="explainer-card" lang={foreign ? explainer.locale : undefined}>
      <h2 className="phrased explainer-card__title">
        <SiteLink href={explainerPagePath(explainer.locale, explainer.slug)}>
          <PhrasedText text={explainer.title} />
        </SiteLink>
      </h2>
      {foreign && (
        <p className="explainer-card__badge" lang={readerLocale}>
          {t('japaneseOnly')}
        </p>
      )}
      <p className="explainer-card__lead">{explainer.lead}</p>
      <ul className="explainer-card__points">
        {explainer.keyPoints.map((point, index) => (
          <li key={index}>{point}</li>
        ))}
      </ul>
      <p className="explainer-card__meta" lang={readerLocale}>
        <time dateTime={explainer.updated ?? explainer.published}>
          {format.dateTime(displayDate(explainer.updated ?? explainer.published), { dateStyle: 'medium' })}
        </time>
        <span>{t('pageCount', { count: explainer.pages.length })}</span>
        <span>{t('readingTime', { minutes })}</span>
      </p>
      <TopicLinks
        topics={explainer.topics}
        readerLocale={readerLocale}
        label={topicsT('explainerTopics')}
        className="explainer-card__topics"
      />
    </article>
  );
}
