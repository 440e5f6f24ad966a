import { getTranslations } from 'next-intl/server';
import type { Prose } from '@/lib/content';
import { ProseBlocks } from './prose';

/** The editor's own reading, labelled so that opinion is never mistaken for reported fact. */
export async function Commentary({ blocks }: { blocks: Prose[] }) {
  const t = await getTranslations('Commentary');
  return (
    <div className="commentary" role="note" aria-label={t('label')}>
      <p className="commentary__label">{t('label')}</p>
      <ProseBlocks blocks={blocks} />
    </div>
  );
}
