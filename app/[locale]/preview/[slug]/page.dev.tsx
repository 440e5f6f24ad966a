// The editors' preview of one explainer: `npm run dev` only. A `.dev.tsx` file is a route only where
// next.config.ts adds that extension to pageExtensions (the development server), so no production
// build (`next build`, standalone, static export) has this route at all; tests/e2e/preview-absent.spec.ts
// checks that.
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ExplainerPreview } from '@/components/preview/explainer-preview';
import { PageShell } from '@/components/site/page-shell';
import { getExplainer, listContentIssues } from '@/lib/content';
import { otherLocale } from '@/lib/site/alternate';
import { previewPath } from '@/lib/site/paths';
import '@/components/preview/preview.css';

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const [t, locale, { slug }] = await Promise.all([getTranslations('Preview'), getLocale(), params]);
  const explainer = getExplainer(locale, slug);
  return { title: t('title', { title: explainer?.title ?? slug }), robots: { index: false, follow: false } };
}

export default async function PreviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const [locale, { slug }] = await Promise.all([getLocale(), params]);
  const explainer = getExplainer(locale, slug);
  if (!explainer) notFound();
  const other = otherLocale(locale);
  const translated = explainer.translations.includes(other);
  return (
    <PageShell alternate={{ locale: other, href: previewPath(other, translated ? slug : undefined) }}>
      <ExplainerPreview explainer={explainer} issues={listContentIssues(explainer)} />
    </PageShell>
  );
}
