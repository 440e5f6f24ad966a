// Terms in the text (`:term[…]`) against the glossary: the site's (content/glossary.yaml) and the
// explainer's own (`terms:` in its front matter). Resolves each use to its entry, marks the first
// use on each page (the one a reader can open), and reports unknown terms and terms defined twice.
import type { Locale } from '@/i18n/locales';
import { hasKanji } from '../parse/inline';
import type { ParsedExplainerFile } from '../parse/explainer-file';
import type { ParsedGlossaryFile } from '../parse/glossary-file';
import { closestName } from './suggest';
import { pageTerms } from '../query/glossary';
import type { ContentIssue, GlossaryEntry } from '../types';

export interface ResolvedGlossary {
  entries: GlossaryEntry[];
  issues: ContentIssue[];
}

export function resolveGlossary(file: ParsedExplainerFile, glossary: ParsedGlossaryFile | undefined): ResolvedGlossary {
  const issues: ContentIssue[] = [];
  const locale: Locale = file.locale;
  const report = (at: { line: number; column: number }, message: string, hint: string) =>
    issues.push({ path: file.path, ...at, severity: 'error', message, hint });

  const own = new Map<string, GlossaryEntry>();
  for (const [id, term] of Object.entries(file.frontMatter?.terms ?? {})) {
    const at = file.locate(['terms', id]);
    if (glossary?.declared.has(id)) {
      report(at, `term defined twice: "${id}" is also in ${glossary.path}`, 'define a term once: delete it here, or give this one another id');
      continue;
    }
    if (term.reading !== undefined && !hasKanji(term.term)) {
      report(file.locate(['terms', id, 'reading']), `a reading on "${term.term}", a word with no kanji`, 'readings are for kanji; delete the reading: line');
      continue;
    }
    own.set(id, {
      id,
      term: term.term,
      definition: term.definition,
      ...(term.reading !== undefined && locale === 'ja' ? { reading: term.reading } : {}),
      ...(term.source !== undefined ? { source: term.source } : {}),
    });
  }
  const entryOf = (id: string): GlossaryEntry | undefined => {
    const local = own.get(id);
    if (local) return local;
    const site = glossary?.terms.get(id);
    if (!site) return undefined;
    return {
      id,
      term: site.names[locale],
      definition: site.definitions[locale],
      ...(site.reading !== undefined && locale === 'ja' ? { reading: site.reading } : {}),
      ...(site.source !== undefined ? { source: site.source } : {}),
    };
  };
  const byName = new Map<string, string>();
  for (const site of glossary?.terms.values() ?? []) byName.set(site.names[locale], site.id);
  for (const entry of own.values()) byName.set(entry.term, entry.id);

  const used = new Map<string, GlossaryEntry>();
  for (const page of file.pages) {
    const seen = new Set<string>();
    for (const term of pageTerms(page)) {
      const id = entryOf(term.id) ? term.id : byName.get(term.id);
      const entry = id === undefined ? undefined : entryOf(id);
      if (id === undefined || !entry) {
        // A term whose own definition is broken is reported there, not again at every use.
        if (glossary?.declared.has(term.id) || glossary?.brokenNames[locale].has(term.id) || file.declaredTerms.has(term.id)) continue;
        const near = closestName(term.id, [...byName.keys(), ...own.keys(), ...(glossary?.terms.keys() ?? [])]);
        report(term.at, `unknown term "${term.id}"`, near ? `did you mean "${near}"? Terms are defined in content/glossary.yaml or under terms: in the front matter` : 'define it in content/glossary.yaml (or under terms: in the front matter), or remove the :term mark');
        continue;
      }
      term.id = id;
      term.first = !seen.has(id);
      if (term.first) {
        term.entry = entry;
        term.popoverId = `term-${page.number}-${id}`;
      }
      seen.add(id);
      if (!used.has(id)) used.set(id, entry);
    }
  }
  return { entries: [...used.values()], issues };
}

