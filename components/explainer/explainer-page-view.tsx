import { getTranslations } from 'next-intl/server';
import { pageHasReadings, pageTerms, type Explainer, type ExplainerPage, type GlossaryEntry } from '@/lib/content';
import { PagerSection } from '@/components/pager/pager-section';
import { ShareLinks } from '@/components/share/share-links';
import { PageShell } from '@/components/site/page-shell';
import { explainerAlternate } from '@/lib/site/alternate';
import { explainerAllPath, explainerPagePath } from '@/lib/site/paths';
import { correctionsAnchor, Corrections } from './corrections';
import { ExplainerHeader } from './explainer-header';
import { ExplainerPageBody } from './explainer-page-body';
import { KeyPoints } from './key-points';
import { RelatedExplainers } from './related-explainers';
import { GlossaryList } from './blocks/glossary-list';
import { UpdateLog } from './blocks/updates';

/** The entries of the terms this page uses, in order of first use. */
function pageEntries(page: ExplainerPage): GlossaryEntry[] {
  return [...pageTerms(page)].flatMap((term) => (term.first && term.entry ? [term.entry] : []));
}

/**
 * One page of an explainer: masthead, key points on page 1, the page's sections, share links, the
 * pager; the last page also has the corrections log and related explainers. Only the key points,
 * page title and sections are indexed for search (data-pagefind-body): one result per page, without
 * the masthead, lists and links that every page repeats.
 */
export async function ExplainerPageView({ explainer, page }: { explainer: Explainer; page: ExplainerPage }) {
  const t = await getTranslations('Explainer');
  const isFirst = page.number === 1;
  const isLast = page.number === explainer.pages.length;
  const path = explainerPagePath(explainer.locale, explainer.slug, page.number);
  const correctionsHref =
    explainer.corrections.length === 0
      ? undefined
      : `${isLast ? '' : explainerPagePath(explainer.locale, explainer.slug, explainer.pages.length)}#${correctionsAnchor}`;
  return (
    <PageShell alternate={explainerAlternate(explainer, page.number)}>
      <article className="explainer" aria-labelledby="explainer-title">
        <ExplainerHeader
          explainer={explainer}
          page={page.number}
          showLead={isFirst}
          pageLabel={t('pageMarker', { page: page.number, count: explainer.pages.length })}
          correctionsHref={correctionsHref}
          showReadingsToggle={pageHasReadings(page)}
        />
        <div data-pagefind-body="">
          {isFirst && <KeyPoints points={explainer.keyPoints} />}
          <h2 className="explainer-page-title phrased" data-pagefind-meta="page">
            {page.title}
          </h2>
          <ExplainerPageBody page={page} />
        </div>
        <GlossaryList entries={pageEntries(page)} scope="page" headingId="glossary-heading" />
        {isLast && <UpdateLog updates={explainer.updates} />}
        {isLast && <Corrections corrections={explainer.corrections} />}
        <ShareLinks path={path} title={page.number === 1 ? explainer.title : `${page.title} | ${explainer.title}`} />
        {isLast && <RelatedExplainers explainer={explainer} />}
        <PagerSection explainer={explainer} pageNumber={page.number} />
        <p className="explainer-read-all">
          <a href={explainerAllPath(explainer.locale, explainer.slug)}>{t('readAll')}</a>
        </p>
      </article>
    </PageShell>
  );
}
