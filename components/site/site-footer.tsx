import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('Site');
  return (
    <footer className="site-footer">
      <p>{t('footerNote')}</p>
    </footer>
  );
}
