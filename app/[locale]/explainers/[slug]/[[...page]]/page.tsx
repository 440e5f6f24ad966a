import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExplainerPageView } from '@/components/explainer/explainer-page-view';
import { JsonLd } from '@/components/seo/json-ld';
import { isLocale } from '@/i18n/locales';
import { getExplainerPage } from '@/lib/content';
import { explainerJsonLd } from '@/lib/seo/explainer-json-ld';
import { explainerPageMetadata } from '@/lib/seo/metadata';
import { explainerPageParams } from '@/lib/site/static-params';

export const dynamicParams = false;

// Every page of every explainer of the locale: page 1 at the explainer's own URL (no segment),
// pages 2..N at `/{n}`. `/1` redirects to page 1 (next.config.ts). Only the [locale] layout
// passes params down, so the slug is produced here too.
export function generateStaticParams({ params }: { params: { locale: string } }) {
  return explainerPageParams(params.locale);
}

/** Page 1 has no segment; later pages only canonical numbers: "2", never "1", "02", "2.0" or "-2". */
function parsePageNumber(segments: string[] | undefined): number | undefined {
  if (segments === undefined || segments.length === 0) return 1;
  const [raw] = segments;
  if (segments.length !== 1 || raw === undefined || !/^[1-9][0-9]{0,3}$/.test(raw)) return undefined;
  const number = Number(raw);
  return number >= 2 ? number : undefined;
}

async function load(params: PageProps<'/[locale]/explainers/[slug]/[[...page]]'>['params']) {
  const { locale, slug, page } = await params;
  const number = parsePageNumber(page);
  if (!isLocale(locale) || number === undefined) return undefined;
  return getExplainerPage(locale, slug, number);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/explainers/[slug]/[[...page]]'>): Promise<Metadata> {
  const found = await load(params);
  return found ? explainerPageMetadata(found.explainer, found.page) : {};
}

export default async function ExplainerPage({ params }: PageProps<'/[locale]/explainers/[slug]/[[...page]]'>) {
  const found = await load(params);
  if (!found) notFound();
  return (
    <>
      <JsonLd data={await explainerJsonLd(found.explainer, found.page)} />
      <ExplainerPageView explainer={found.explainer} page={found.page} />
    </>
  );
}
