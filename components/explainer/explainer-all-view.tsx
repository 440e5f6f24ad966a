import { getTranslations } from 'next-intl/server';
import { pageHasReadings, type Explainer } from '@/lib/content';
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

/**
 * The whole explainer on one page: for print and for readers who prefer one long page. Not indexed
 * for search (no data-pagefind-body): its text is found page by page, under the paged URLs.
 */
export async function ExplainerAllView({ explainer }: { explainer: Explainer }) {
  const t = await getTranslations('Explainer');
  return (
    <PageShell alternate={explainerAlternate(explainer, 'all')}>
      <article className="explainer" aria-labelledby="explainer-title">
        <ExplainerHeader
          explainer={explainer}
          page="all"
          showLead
          correctionsHref={explainer.corrections.length > 0 ? `#${correctionsAnchor}` : undefined}
          showReadingsToggle={explainer.pages.some(pageHasReadings)}
        />
        <KeyPoints points={explainer.keyPoints} />
        {explainer.pages.map((page) => (
          <section key={page.number} className="explainer-all-page" aria-labelledby={`page-${page.number}`}>
            <h2 id={`page-${page.number}`} className="explainer-page-title phrased">
              {t('pageHeading', { page: page.number, title: page.title })}
            </h2>
            <ExplainerPageBody page={page} />
          </section>
        ))}
        <GlossaryList entries={explainer.glossary ?? []} scope="all" headingId="glossary-heading" />
        <UpdateLog updates={explainer.updates} />
        <Corrections corrections={explainer.corrections} />
        <ShareLinks path={explainerAllPath(explainer.locale, explainer.slug)} title={explainer.title} />
        <RelatedExplainers explainer={explainer} />
        <p className="explainer-read-all">
          <a href={explainerPagePath(explainer.locale, explainer.slug)}>{t('backToPaged')}</a>
        </p>
      </article>
    </PageShell>
  );
}
