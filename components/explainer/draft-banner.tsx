import { getFormatter, getTranslations } from 'next-intl/server';
import type { Explainer } from '@/lib/content';

/**
 * Shown on drafts and scheduled explainers, which only `next dev` serves; production builds leave
 * both out entirely (lib/content/publication.ts).
 */
export async function DraftBanner({ explainer }: { explainer: Explainer }) {
  const [t, format] = await Promise.all([getTranslations('Explainer'), getFormatter()]);
  if (explainer.draft) {
    return (
      <p role="status" className="draft-banner">
        {t('draft')}
      </p>
    );
  }
  if (!explainer.scheduled) return null;
  const when = format.dateTime(new Date(explainer.publishAt), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' });
  return (
    <p role="status" className="draft-banner" data-testid="scheduled-banner">
      {t('scheduled', { when })}
    </p>
  );
}
