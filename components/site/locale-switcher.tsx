import { getTranslations } from 'next-intl/server';
import type { LocaleAlternate } from '@/lib/site/alternate';

/** A plain link to this page in the other locale (or to that locale's home, see the page). */
export async function LocaleSwitcher({ alternate }: { alternate: LocaleAlternate }) {
  const t = await getTranslations('LocaleSwitcher');
  return (
    <a href={alternate.href} hrefLang={alternate.locale} lang={alternate.locale} className="locale-switcher">
      <span className="sr-only">{t('label')}: </span>
      {t('switchTo')}
    </a>
  );
}
