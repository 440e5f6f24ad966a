import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SiteLink } from '@/components/site/site-link';
import { SearchBox } from '@/components/search/search-box';
import { PageShell } from '@/components/site/page-shell';
import { routeAlternate } from '@/lib/site/alternate';
import { searchMetadata } from '@/lib/seo/metadata';
import { searchPath, topicsPath } from '@/lib/site/paths';

export async function generateMetadata(): Promise<Metadata> {
  return searchMetadata(await getLocale());
}

/**
 * Full-text search of the reader's edition with Pagefind. The only page that loads a search
 * script, and only when the reader searches: the index is built after `next build` from the
 * prerendered pages (scripts/build-search-index.ts) and served as static files from /pagefind/.
 */
export default async function SearchPage() {
  const locale = await getLocale();
  const t = await getTranslations('Search');
  return (
    <PageShell alternate={routeAlternate(locale, searchPath)}>
      <h1 className="home-heading">{t('heading')}</h1>
      {/* Above the form, so that results appearing below it move nothing the reader sees. */}
      <p className="search__topics">
        <SiteLink href={topicsPath(locale)}>{t('browseTopics')}</SiteLink>
      </p>
      <SearchBox
        labels={{
          label: t('label'),
          placeholder: t('placeholder'),
          submit: t('submit'),
          loading: t('loading'),
          unavailable: t('unavailable'),
          resultCount: t('resultCount'),
          noResults: t('noResults'),
        }}
      >
        <p className="search__noscript">{t('noScript')}</p>
      </SearchBox>
    </PageShell>
  );
}
