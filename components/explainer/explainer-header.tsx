import { getTranslations } from 'next-intl/server';
import type { Explainer } from '@/lib/content';
import { TopicLinks } from '@/components/topics/topic-links';
import { PhrasedText } from '@/components/typography/phrased-text';
import { readingMinutes } from '@/lib/site/reading-time';
import { DraftBanner } from './draft-banner';
import { PublishedDates } from './published-dates';
import { TranslationNote } from './translation-note';
import { ReadingsToggle } from './blocks/readings-toggle';
import { LatestUpdate } from './blocks/updates';

/**
 * The explainer's masthead. The <h1> is the explainer title and takes focus after the pager
 * turns a page (tabIndex -1), so keyboard and screen-reader users land at the top.
 */
export async function ExplainerHeader({
  explainer,
  page,
  pageLabel,
  showLead,
  correctionsHref,
  showReadingsToggle = false,
}: {
  explainer: Explainer;
  /** The page shown, or the all-pages view: where the note on a translation links to. */
  page: number | 'all';
  /** e.g. "2/3ページ" with the page title; absent on the all-pages view. */
  pageLabel?: string;
  showLead: boolean;
  /** Where the corrections log is (the last page, or this page), when the explainer has corrections. */
  correctionsHref?: string;
  /** On pages that show readings (ruby): the readers' switch to hide them. */
  showReadingsToggle?: boolean;
}) {
  const [t, topicsT, glossaryT] = await Promise.all([getTranslations('Explainer'), getTranslations('Topics'), getTranslations('Glossary')]);
  const minutes = readingMinutes(explainer.characterCount, explainer.locale);
  return (
    <header className="explainer-header">
      <DraftBanner explainer={explainer} />
      {pageLabel && <p className="explainer-header__page">{pageLabel}</p>}
      <h1 id="explainer-title" tabIndex={-1} className="phrased explainer-header__title" data-pagefind-meta="title">
        <PhrasedText text={explainer.title} />
      </h1>
      {showLead && <p className="explainer-header__lead">{explainer.lead}</p>}
      <div className="explainer-header__meta">
        <PublishedDates published={explainer.published} updated={explainer.updated} />
        <TranslationNote explainer={explainer} page={page} />
        <LatestUpdate updates={explainer.updates} />
        <p>
          {explainer.author && <span>{t('by', { author: explainer.author })}</span>}
          <span>{t('readingTime', { minutes })}</span>
        </p>
        {correctionsHref && (
          <p className="explainer-header__corrected">
            <a href={correctionsHref}>{t('correctionsNote')}</a>
          </p>
        )}
      </div>
      {showReadingsToggle && <ReadingsToggle label={glossaryT('hideReadings')} />}
      <TopicLinks
        topics={explainer.topics}
        readerLocale={explainer.locale}
        label={topicsT('explainerTopics')}
        className="explainer-header__topics"
      />
    </header>
  );
}
