import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExplainerPageView } from '@/components/explainer/explainer-page-view';
import { JsonLd } from '@/components/seo/json-ld';
import { isLocale } from '@/i18n/locales';
import { getExplainerPage } from '@/lib/content';
import { explainerLaterPageParams } from '@/lib/site/static-params';
import { explainerJsonLd } from '@/lib/seo/explainer-json-ld';
import { explainerPageMetadata } from '@/lib/site/metadata';

export const dynamicParams = false;

// Pages 2..N of every explainer of the locale. Page 1 lives at the explainer's own URL; `/1`
// redirects there (next.config.ts). Only the [locale] layout passes params down, so the slug is
// produced here too.
export function generateStaticParams({ params }: { params: { locale: string } }) {
  return explainerLaterPageParams(params.locale);
}

/** Only canonical page numbers: "2", never "02", "2.0" or "-2". */
function parsePageNumber(raw: string): number | undefined {
  return /^[1-9][0-9]{0,3}$/.test(raw) ? Number(raw) : undefined;
}

async function load(params: PageProps<'/[locale]/explainers/[slug]/[page]'>['params']) {
  const { locale, slug, page } = await params;
  const number = parsePageNumber(page);
  if (!isLocale(locale) || number === undefined || number < 2) return undefined;
  return getExplainerPage(locale, slug, number);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/explainers/[slug]/[page]'>): Promise<Metadata> {
  const found = await load(params);
  return found ? explainerPageMetadata(found.explainer, found.page) : {};
}

export default async function ExplainerLaterPage({ params }: PageProps<'/[locale]/explainers/[slug]/[page]'>) {
  const found = await load(params);
  if (!found) notFound();
  return (
    <>
      <JsonLd data={await explainerJsonLd(found.explainer, found.page)} />
      <ExplainerPageView explainer={found.explainer} page={found.page} />
    </>
  );
}
