import type { Explainer } from '@/lib/content/types';

/** Every source card of an explainer, in reading order across its pages. */
export function sourcesOf(explainer: Explainer) {
  return explainer.pages.flatMap((page) =>
    page.sections.flatMap((section) => section.blocks.flatMap((block) => (block.type === 'source' ? [block] : []))),
  );
}
