import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExplainerPageView } from '@/components/explainer/explainer-page-view';
import { JsonLd } from '@/components/seo/json-ld';
import { isLocale } from '@/i18n/locales';
import { getExplainerPage } from '@/lib/content';
import { explainerSlugParams } from '@/lib/site/static-params';
import { explainerJsonLd } from '@/lib/seo/explainer-json-ld';
import { explainerPageMetadata } from '@/lib/site/metadata';

export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return explainerSlugParams(params.locale);
}

async function load(params: PageProps<'/[locale]/explainers/[slug]'>['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return undefined;
  return getExplainerPage(locale, slug, 1);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/explainers/[slug]'>): Promise<Metadata> {
  const found = await load(params);
  return found ? explainerPageMetadata(found.explainer, found.page) : {};
}

export default async function ExplainerFirstPage({ params }: PageProps<'/[locale]/explainers/[slug]'>) {
  const found = await load(params);
  if (!found) notFound();
  return (
    <>
      <JsonLd data={await explainerJsonLd(found.explainer, found.page)} />
      <ExplainerPageView explainer={found.explainer} page={found.page} />
    </>
  );
}
