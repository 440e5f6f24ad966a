import { getTranslations } from 'next-intl/server';

/** Shown on drafts, which only `next dev` serves; production builds leave drafts out entirely. */
export async function DraftBanner() {
  const t = await getTranslations('Explainer');
  return (
    <p role="status" className="draft-banner">
      {t('draft')}
    </p>
  );
}
