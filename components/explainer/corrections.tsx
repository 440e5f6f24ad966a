import { getTranslations } from 'next-intl/server';
import type { Correction } from '@/lib/content';
import { DatedLog } from './dated-log';

/** The log's anchor: the header links here ("corrected") from every page. */
export const correctionsAnchor = 'corrections';

export async function Corrections({ corrections }: { corrections: Correction[] }) {
  if (corrections.length === 0) return null;
  const t = await getTranslations('Explainer');
  return <DatedLog id={correctionsAnchor} className="corrections" heading={t('corrections')} entries={corrections} />;
}
