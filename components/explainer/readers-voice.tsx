import { getTranslations } from 'next-intl/server';
import type { Prose } from '@/lib/content';
import { ProseBlocks } from './prose';

/**
 * A casual reader's aside, drawn as a speech bubble so it reads as someone else's voice. A note,
 * like the commentary, not a complementary landmark: the all-pages view has several, and
 * same-named landmarks only clutter the landmark list (axe `landmark-unique`).
 */
export async function ReadersVoice({ blocks }: { blocks: Prose[] }) {
  const t = await getTranslations('ReadersVoice');
  return (
    <aside className="readers-voice" role="note" aria-label={t('label')}>
      <p className="readers-voice__persona">
        <span aria-hidden="true" className="readers-voice__avatar">
          💬
        </span>
        {t('label')}
      </p>
      <div className="readers-voice__bubble">
        <ProseBlocks blocks={blocks} />
      </div>
    </aside>
  );
}
