// The editors' preview index: every explainer of this locale, drafts and scheduled ones included
// (`npm run dev` only; the extension is explained in ./[slug]/page.dev.tsx).
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/site/page-shell';
import { listExplainers } from '@/lib/content';
import { otherLocale } from '@/lib/site/alternate';
import { previewPath } from '@/lib/site/paths';
import '@/components/preview/preview.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Preview');
  return { title: t('indexTitle'), robots: { index: false, follow: false } };
}

export default async function PreviewIndexPage() {
  const [t, locale] = await Promise.all([getTranslations('Preview'), getLocale()]);
  const explainers = listExplainers(locale);
  const other = otherLocale(locale);
  return (
    <PageShell alternate={{ locale: other, href: previewPath(other) }}>
      <div className="preview">
        <p role="note" className="draft-banner">{t('notice')}</p>
        <h1>{t('indexTitle')}</h1>
        <ul>
          {explainers.map((explainer) => (
            <li key={explainer.slug}>
              <a href={previewPath(locale, explainer.slug)}>{explainer.title}</a>
              {explainer.draft ? ` (${t('statusDraft')})` : explainer.scheduled ? ` (${t('statusScheduledShort')})` : ''}
            </li>
          ))}
        </ul>
      </div>
    </PageShell>
  );
}
