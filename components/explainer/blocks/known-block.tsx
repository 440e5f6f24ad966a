import { getTranslations } from 'next-intl/server';
import type { KnownBlock as KnownBlockData } from '@/lib/content';
import { ProseBlocks } from '../prose';

/** What is established, or what is not known yet: labelled, and styled apart from commentary. */
export async function KnownBlock({ block }: { block: KnownBlockData }) {
  const t = await getTranslations('Known');
  const label = t(block.type);
  return (
    <div className={`known known--${block.type}`} role="note" aria-label={label}>
      <p className="known__label">{label}</p>
      <ProseBlocks blocks={block.children} />
    </div>
  );
}
