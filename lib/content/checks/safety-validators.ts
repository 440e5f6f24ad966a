// Checks that keep an explainer from deceiving or attacking its reader, beyond what the parser
// already refuses (raw HTML the Markdown parser recognises, non-https links, unknown attributes).
// They run over the whole corpus like the other checks (listed in checks/index.ts).
import type { ParsedExplainerFile } from '../parse/explainer-file';
import type { ContentValidator } from './corpus';
import { describeCharacter, findBidiControls, type FoundCharacter } from './invisible-characters';
import type { SourcePosition } from './issues';
import { inlineText } from '../parse/text';
import type { ContentIssue, ExplainerPage, Prose } from '../types';

const BIDI_HINT =
  'delete it (it cannot be seen: select the text around the position and retype it); Japanese and English never need direction controls, and browsers order right-to-left names by themselves';

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the text
 * around them while staying invisible, so that a title, a quotation or an address reads differently
 * on the page than in the file ("Trojan Source", CVE-2021-42574). Reported where they stand in the
 * file; written as an escape (`&#x202E;` in Markdown, `"\u202E"` in YAML) they are found in the
 * parsed text and reported at the field or page that holds them.
 */
export const bidiControls: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    for (const file of folder.files.values()) {
      if (file.text === undefined) continue;
      const literal = bidiPositions(file.text);
      for (const { line, column, codePoint } of literal) {
        issues.push({
          path: file.path,
          line,
          column,
          severity: 'error',
          message: `invisible character ${describeCharacter(codePoint)}: it reorders the text around it`,
          hint: BIDI_HINT,
        });
      }
      if (literal.length > 0) continue;
      for (const { at, where, codePoint } of escapedBidiControls(file)) {
        issues.push({
          path: file.path,
          ...at,
          severity: 'error',
          message: `an escape writes the invisible character ${describeCharacter(codePoint)} into ${where}: it reorders the text around it`,
          hint: 'delete the &#x…; or \\u… escape; Japanese and English never need direction controls',
        });
      }
    }
  }
  return issues;
};

function bidiPositions(text: string): (FoundCharacter & SourcePosition)[] {
  return text.split('\n').flatMap((line, index) =>
    findBidiControls(line).map((found) => ({ ...found, line: index + 1, column: found.index + 1 })),
  );
}

/** Strings of the parsed file that hold a bidi control, with the best position the data allows. */
function escapedBidiControls(file: ParsedExplainerFile): { at: SourcePosition; where: string; codePoint: number }[] {
  const found: { at: SourcePosition; where: string; codePoint: number }[] = [];
  const check = (value: string, at: SourcePosition, where: string) => {
    const first = findBidiControls(value)[0];
    if (first) found.push({ at, where, codePoint: first.codePoint });
  };
  if (file.frontMatter) {
    for (const [path, value] of stringsOf(file.frontMatter, [])) check(value, file.locate(path), `"${path.join('.')}"`);
  }
  // Body text carries no positions once parsed: point at the page's ::page line, once per page.
  file.pages.forEach((page, index) => {
    const hit = [...stringsOf(page, [])].find(([, value]) => findBidiControls(value).length > 0);
    if (hit) check(hit[1], file.pageStarts[index] ?? file.bodyStart, `page ${page.number}`);
  });
  return found;
}

function* stringsOf(value: unknown, path: (string | number)[]): Generator<[(string | number)[], string]> {
  if (typeof value === 'string') {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* stringsOf(item, [...path, index]);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, [...path, key]);
  }
}

/**
 * Where an HTML tokenizer leaves text and starts a tag, comment or declaration: `<` before a
 * letter, `/`, `!` or `?`. The Markdown parser recognises only well-formed tags as HTML (reported
 * by the parser itself); forms browsers accept but CommonMark does not (`<img src=x
 * onerror=alert('x')>`, `<svg/onload=…>`) and escaped ones (`&lt;script&gt;`, `\<script>`) arrive
 * here as text.
 */
const TAG_OPEN = /<[A-Za-z/!?]/;

/** True when a browser reading `text` as HTML would find a tag, comment or declaration in it. */
export function isWrittenAsTag(text: string): boolean {
  return TAG_OPEN.test(text);
}

const HTML_LIKE_HINT =
  'raw HTML is not allowed, even when it is escaped; to show the character "<" write the full-width ＜, or put a space after "<"';

/**
 * Text in the Markdown body that is written like an HTML tag. React would show it as text, so it
 * could not run; but an editor who writes a tag in an explainer expects markup, and the page would
 * show the code instead. Front-matter fields and block attributes are plain strings, not Markdown,
 * and keep their `<`.
 */
export const htmlLikeText: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    for (const file of folder.files.values()) {
      file.pages.forEach((page, index) => {
        for (const text of markdownTexts(page)) {
          const match = TAG_OPEN.exec(text);
          if (!match) continue;
          const tag = snippetFrom(text, match.index);
          issues.push({
            path: file.path,
            ...locateText(file, tag, file.pageStarts[index] ?? file.bodyStart),
            severity: 'error',
            message: `HTML is not allowed: ${tag} is written as a tag`,
            hint: HTML_LIKE_HINT,
          });
        }
      });
    }
  }
  return issues;
};

/** `<img src=x onerror=…>`: from the `<` to the next `>`, at most one line of 80 characters. */
function snippetFrom(text: string, start: number): string {
  const rest = text.slice(start);
  const close = rest.indexOf('>');
  const end = Math.min(close >= 0 ? close + 1 : rest.length, 80, rest.includes('\n') ? rest.indexOf('\n') : rest.length);
  return rest.slice(0, end);
}

/**
 * The position of a tag written literally in the body, else the page's ::page line (escaped forms
 * such as `&lt;script&gt;` do not appear in the file as they read).
 */
function locateText(file: ParsedExplainerFile, snippet: string, fallback: SourcePosition): SourcePosition {
  if (file.text === undefined) return fallback;
  const lines = file.text.split('\n');
  for (let index = Math.max(fallback.line - 1, 0); index < lines.length; index++) {
    const column = lines[index]?.indexOf(snippet) ?? -1;
    if (column >= 0) return { line: index + 1, column: column + 1 };
  }
  return fallback;
}

/**
 * The text of everything on a page that is Markdown (not an attribute): prose, headings, Q&A
 * answers, source points. One string per run of inline content, so that a tag split by emphasis
 * (`<scr*ipt*>`) still reads as one.
 */
function* markdownTexts(page: ExplainerPage): Generator<string> {
  for (const prose of page.intro) yield* proseTexts(prose);
  for (const section of page.sections) {
    yield section.heading;
    if (section.qa) yield inlineText(section.qa.answer);
    for (const block of section.blocks) {
      if (block.type === 'source') for (const point of block.points) yield inlineText(point);
      else if (block.type === 'timeline') for (const entry of block.entries) yield inlineText(entry.children);
      else if (block.type === 'paragraph' || block.type === 'list' || block.type === 'quote') yield* proseTexts(block);
      else for (const prose of block.children) yield* proseTexts(prose);
    }
  }
}

function* proseTexts(prose: Prose): Generator<string> {
  if (prose.type === 'paragraph') yield inlineText(prose.children);
  else for (const inlines of prose.type === 'list' ? prose.items : prose.children) yield inlineText(inlines);
}
