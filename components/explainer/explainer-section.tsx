import type { Section } from '@/lib/content';
import { PhrasedText } from '@/components/typography/phrased-text';
import { Commentary } from './commentary';
import { ProseBlocks } from './prose';
import { QuickQA } from './quick-qa';
import { ReadersVoice } from './readers-voice';
import { SourceSummary } from './source-summary';
import { KnownBlock } from './blocks/known-block';
import { OtherView } from './blocks/other-view';
import { TimelineBlock } from './blocks/timeline';

export function ExplainerSection({ section }: { section: Section }) {
  const headingId = `${section.id}-heading`;
  return (
    <section id={section.id} aria-labelledby={headingId} className="explainer-section">
      <h2 id={headingId} className="phrased explainer-section__heading">
        <PhrasedText text={section.heading} />
      </h2>
      {section.qa && <QuickQA qa={section.qa} />}
      {section.blocks.map((block, index) => {
        switch (block.type) {
          case 'source':
            return <SourceSummary key={index} source={block} />;
          case 'commentary':
            return <Commentary key={index} blocks={block.children} />;
          case 'voice':
            return <ReadersVoice key={index} blocks={block.children} />;
          case 'timeline':
            return <TimelineBlock key={index} timeline={block} />;
          case 'known':
          case 'unknown':
            return <KnownBlock key={index} block={block} />;
          case 'view':
            return <OtherView key={index} view={block} />;
          default:
            return <ProseBlocks key={index} blocks={[block]} />;
        }
      })}
    </section>
  );
}
