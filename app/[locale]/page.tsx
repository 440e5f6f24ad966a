import { getTranslations } from 'next-intl/server';

export default async function HomePage() {
  const t = await getTranslations('Meta');
  return <h1>{t('siteName')}</h1>;
}
