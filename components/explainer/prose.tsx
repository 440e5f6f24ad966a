import type { Inline, Prose } from '@/lib/content';
import { Reading } from './blocks/reading';
import { Term } from './blocks/term';

/** Inline Markdown rendered as React elements: no HTML string ever reaches the page. */
export function InlineContent({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, index) => {
        switch (node.type) {
          case 'text':
            return node.value;
          case 'strong':
            return (
              <strong key={index}>
                <InlineContent nodes={node.children} />
              </strong>
            );
          case 'emphasis':
            return (
              <em key={index}>
                <InlineContent nodes={node.children} />
              </em>
            );
          case 'link':
            return (
              <a key={index} href={node.url} rel="noopener noreferrer" className="prose-link">
                <InlineContent nodes={node.children} />
              </a>
            );
          case 'break':
            return <br key={index} />;
          case 'ruby':
            return <Reading key={index} base={node.base} reading={node.reading} />;
          case 'term':
            return (
              <Term key={index} term={node}>
                <InlineContent nodes={node.children} />
              </Term>
            );
        }
      })}
    </>
  );
}

export function ProseBlocks({ blocks }: { blocks: Prose[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        <ProseBlock key={index} block={block} />
      ))}
    </>
  );
}

function ProseBlock({ block }: { block: Prose }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <InlineContent nodes={block.children} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          <InlineContent nodes={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'quote':
      return (
        <blockquote className="prose-quote">
          {block.children.map((paragraph, index) => (
            <p key={index}>
              <InlineContent nodes={paragraph} />
            </p>
          ))}
        </blockquote>
      );
  }
}
