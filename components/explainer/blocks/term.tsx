import { useTranslations } from 'next-intl';
import type { GlossaryEntry, Inline } from '@/lib/content';
import { Reading } from './reading';

type TermInline = Extract<Inline, { type: 'term' }>;

/**
 * A glossary term in the text. Its first use on a page is a button that opens the definition in a
 * popover next to it: the browser's own `popover`/`popovertarget` (no JavaScript), which gives
 * light dismiss, Escape and focus back on the button, and exposes the button as expanded or not.
 * Later uses are plain text. Print and the term list at the end show the definitions in full.
 */
export function Term({ term, children }: { term: TermInline; children: React.ReactNode }) {
  const t = useTranslations('Glossary');
  const entry = term.entry;
  const words = entry?.reading ? <Reading reading={entry.reading}>{children}</Reading> : children;
  if (!term.first || !entry || !term.popoverId) return <span className="term-later">{words}</span>;
  return (
    <span className="term">
      <button type="button" className="term__button" popoverTarget={term.popoverId} aria-describedby={`${term.popoverId}-hint`}>
        {words}
      </button>
      <span id={`${term.popoverId}-hint`} hidden>
        {t('openHint')}
      </span>
      <span id={term.popoverId} popover="auto" className="term__popover" role="note" aria-label={entry.term}>
        <TermDefinition entry={entry} sourceLabel={t('source')} />
      </span>
    </span>
  );
}

export function TermName({ entry }: { entry: GlossaryEntry }) {
  return <dfn className="term__name">{entry.reading ? <Reading base={entry.term} reading={entry.reading} /> : entry.term}</dfn>;
}

/** The definition and its source; with the term's name first inside the popover (the list has it in <dt>). */
export function TermDefinition({ entry, sourceLabel, withName = true }: { entry: GlossaryEntry; sourceLabel: string; withName?: boolean }) {
  return (
    <>
      {withName && <TermName entry={entry} />}
      <span className="term__definition">{entry.definition}</span>
      {entry.source && (
        <a className="term__source prose-link" href={entry.source} rel="noopener noreferrer">
          {sourceLabel}
        </a>
      )}
    </>
  );
}
