import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/site/page-shell';
import { otherLocale } from '@/lib/site/alternate';
import { homePath } from '@/lib/site/paths';

/** The localized 404: unknown slug, page number out of range or malformed, unknown path. */
export default async function LocalizedNotFound() {
  const [t, locale] = await Promise.all([getTranslations('NotFound'), getLocale()]);
  const other = otherLocale(locale);
  return (
    <PageShell alternate={{ locale: other, href: homePath(other) }}>
      <div className="not-found">
        <h1>{t('title')}</h1>
        <p>{t('body')}</p>
        <p>
          <a href={homePath(locale)}>{t('home')}</a>
        </p>
      </div>
    </PageShell>
  );
}
