import type { ExplainerPage } from '@/lib/content';
import { ExplainerSection } from './explainer-section';
import { ProseBlocks } from './prose';

/** One page's opener and sections. */
export function ExplainerPageBody({ page }: { page: ExplainerPage }) {
  return (
    <>
      {page.intro.length > 0 && (
        <div className="explainer-intro">
          <ProseBlocks blocks={page.intro} />
        </div>
      )}
      {page.sections.map((section) => (
        <ExplainerSection key={section.id} section={section} />
      ))}
    </>
  );
}
