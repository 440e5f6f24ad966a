import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ExplainerList } from '@/components/site/explainer-list';
import { PageShell } from '@/components/site/page-shell';
import { listEdition } from '@/lib/content';
import { noTranslationAnchor, routeAlternate } from '@/lib/site/alternate';
import { homeMetadata } from '@/lib/seo/metadata';
import { homePath } from '@/lib/site/paths';

export async function generateMetadata(): Promise<Metadata> {
  return homeMetadata(await getLocale());
}

/**
 * The latest explainers of one edition. The English edition also lists explainers that exist only
 * in Japanese, labelled "Japanese only", so English readers see everything we publish.
 */
export default async function HomePage() {
  const locale = await getLocale();
  const t = await getTranslations('Home');
  const explainers = listEdition(locale);
  return (
    <PageShell alternate={routeAlternate(locale, homePath)}>
      <p id={noTranslationAnchor} role="note" className="no-translation-notice">
        {t('noTranslation')}
      </p>
      <h1 className="home-heading">{t('heading')}</h1>
      <ExplainerList explainers={explainers} readerLocale={locale} emptyText={t('empty')} />
    </PageShell>
  );
}
