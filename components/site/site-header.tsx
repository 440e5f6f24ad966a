import { getLocale, getTranslations } from 'next-intl/server';
import { SiteLink } from './site-link';
import { homePath, searchPath, topicsPath } from '@/lib/site/paths';
import type { LocaleAlternate } from '@/lib/site/alternate';
import { LocaleSwitcher } from './locale-switcher';

export async function SiteHeader({ alternate }: { alternate: LocaleAlternate }) {
  const [t, locale] = await Promise.all([getTranslations('Site'), getLocale()]);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <SiteLink href={homePath(locale)} className="site-header__brand">
          <span className="site-header__mark" aria-hidden="true">
            解
          </span>
          <span>{t('name')}</span>
          {locale === 'ja' && (
            <span className="site-header__latin" lang="en">
              {t('nameLatin')}
            </span>
          )}
        </SiteLink>
        <nav aria-label={t('navLabel')} className="site-nav">
          <SiteLink href={topicsPath(locale)}>{t('topics')}</SiteLink>
          {/* A plain link: the search page's script and index load there only, on a full page load. */}
          <a href={searchPath(locale)}>{t('search')}</a>
        </nav>
        <LocaleSwitcher alternate={alternate} />
      </div>
    </header>
  );
}
