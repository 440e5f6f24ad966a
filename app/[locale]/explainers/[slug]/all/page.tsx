import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExplainerAllView } from '@/components/explainer/explainer-all-view';
import { JsonLd } from '@/components/seo/json-ld';
import { isLocale } from '@/i18n/locales';
import { getExplainer } from '@/lib/content';
import { explainerSlugParams } from '@/lib/site/static-params';
import { explainerJsonLd } from '@/lib/seo/explainer-json-ld';
import { explainerAllMetadata } from '@/lib/seo/metadata';

export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return explainerSlugParams(params.locale);
}

async function load(params: PageProps<'/[locale]/explainers/[slug]/all'>['params']) {
  const { locale, slug } = await params;
  return isLocale(locale) ? getExplainer(locale, slug) : undefined;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/explainers/[slug]/all'>): Promise<Metadata> {
  const explainer = await load(params);
  return explainer ? explainerAllMetadata(explainer) : {};
}

export default async function ExplainerAllPage({ params }: PageProps<'/[locale]/explainers/[slug]/all'>) {
  const explainer = await load(params);
  if (!explainer) notFound();
  return (
    <>
      <JsonLd data={await explainerJsonLd(explainer)} />
      <ExplainerAllView explainer={explainer} />
    </>
  );
}
