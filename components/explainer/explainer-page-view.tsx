import { getTranslations } from 'next-intl/server';
import type { Explainer, ExplainerPage } from '@/lib/content/types';
import { PagerSection } from '@/components/pager/pager-section';
import { PageShell } from '@/components/site/page-shell';
import { explainerAlternate } from '@/lib/site/alternate';
import { explainerAllPath } from '@/lib/site/paths';
import { Corrections } from './corrections';
import { ExplainerHeader } from './explainer-header';
import { ExplainerPageBody } from './explainer-page-body';
import { KeyPoints } from './key-points';

/** One page of an explainer: masthead, key points on page 1, the page's sections, the pager. */
export async function ExplainerPageView({ explainer, page }: { explainer: Explainer; page: ExplainerPage }) {
  const t = await getTranslations('Explainer');
  const isFirst = page.number === 1;
  const isLast = page.number === explainer.pages.length;
  return (
    <PageShell alternate={explainerAlternate(explainer, page.number)}>
      <article className="explainer" aria-labelledby="explainer-title">
        <ExplainerHeader
          explainer={explainer}
          showLead={isFirst}
          pageLabel={t('pageMarker', { page: page.number, count: explainer.pages.length })}
        />
        {isFirst && <KeyPoints points={explainer.keyPoints} />}
        <h2 className="explainer-page-title phrased">{page.title}</h2>
        <ExplainerPageBody page={page} />
        {isLast && <Corrections corrections={explainer.corrections} />}
        <PagerSection explainer={explainer} pageNumber={page.number} />
        <p className="explainer-read-all">
          <a href={explainerAllPath(explainer.locale, explainer.slug)}>{t('readAll')}</a>
        </p>
      </article>
    </PageShell>
  );
}
