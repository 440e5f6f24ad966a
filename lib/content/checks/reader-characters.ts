// Invisible characters in the text readers see. They cannot be seen in an editor either, yet a
// zero-width space inside 北朝鮮 makes the word unfindable by search and travels with every copy
// and share. Bidi controls are handled apart (safety-validators.ts); addresses in urls.ts.
//
// Errors: characters that have no use in Japanese or English news text and silently break search
// and copying (zero-width space, word joiner, zero-width no-break space, zero-width non-joiner,
// soft hyphen; a zero-width joiner except between two emoji, where it builds one emoji 👨‍👩‍👧).
// Warnings: no-break and ideographic spaces at either end of a title, lead, key point, heading,
// page title or teaser (they show as a stray gap and make the same title differ from its copy),
// and the implicit direction marks LRM/RLM (harmless in most places, so a warning).
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../parse/markdown';
import type { ContentValidator } from './corpus';
import { describeCharacter } from './invisible-characters';
import type { ContentIssue } from '../types';

const ERRORS = new Set([0x200b, 0x2060, 0xfeff, 0x200c, 0x00ad, 0x200d]);
const WARNINGS = new Set([0x200e, 0x200f]);
const EDGE_SPACES = /^[\u00a0\u3000]|[\u00a0\u3000]$/;
const EMOJI = /\p{Extended_Pictographic}/u;
const ERROR_HINT = 'delete it: it cannot be seen, but it breaks search and the text readers copy (put the cursor at the position and delete the character there)';

export const readerCharacters: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    for (const file of folder.files.values()) {
      if (file.text === undefined) continue;
      const push = (severity: ContentIssue['severity'], line: number, column: number, message: string, hint: string) =>
        issues.push({ path: file.path, line, column, severity, message, hint });
      const lines = file.text.split('\n');

      lines.forEach((text, index) => {
        const chars = [...text];
        let column = 1;
        chars.forEach((char, i) => {
          const codePoint = char.codePointAt(0) ?? 0;
          // A BOM at the very start of the file is the encoding's mark, not text.
          const bom = codePoint === 0xfeff && index === 0 && column === 1;
          const emojiJoin = codePoint === 0x200d && EMOJI.test(chars[i - 1] ?? '') && EMOJI.test(chars[i + 1] ?? '');
          if (ERRORS.has(codePoint) && !bom && !emojiJoin) {
            push('error', index + 1, column, `invisible character ${describeCharacter(codePoint)} in the text`, ERROR_HINT);
          } else if (WARNINGS.has(codePoint)) {
            push('warning', index + 1, column, `invisible character ${describeCharacter(codePoint)} in the text`, 'delete it unless it is needed to order right-to-left text');
          }
          column += char.length;
        });
      });

      const edge = (value: string, line: number, column: number, what: string) => {
        const match = EDGE_SPACES.exec(value);
        if (!match) return;
        const codePoint = match[0].codePointAt(0) ?? 0;
        push('warning', line, column, `${what} ${match.index === 0 ? 'starts' : 'ends'} with ${describeCharacter(codePoint)}`, 'delete the space: it shows as a gap and makes the text differ from what readers search for');
      };
      if (file.frontMatter) {
        const { keyPoints } = file.frontMatter;
        const fields: (string | number)[][] = [['title'], ['lead'], ['author'], ...keyPoints.map((_, i) => ['keyPoints', i])];
        for (const path of fields) {
          if (path[0] === 'author' && file.frontMatter.author === undefined) continue;
          // The schema trims values, so the stray space is looked for where it is written.
          const at = file.locate(path);
          const raw = (lines[at.line - 1] ?? '').slice(at.column - 1).replace(/\s+#.*$/, '').replace(/^["']|["']\s*$/g, '').replace(/ +$/, '');
          edge(raw, at.line, at.column, `"${path.join('.')}"`);
        }
      }
      visit(parseMarkdown(file.text), (node: Nodes) => {
        const start = node.position?.start;
        if (!start) return;
        if (node.type === 'heading') edge(toString(node), start.line, start.column, 'the heading');
        if (node.type === 'containerDirective' || node.type === 'leafDirective') {
          // Every text attribute of every block (page titles, teasers, questions, names, …).
          for (const [name, value] of Object.entries(node.attributes ?? {})) {
            if (typeof value !== 'string' || name === 'url' || name === 'image') continue;
            const line = lines[start.line - 1] ?? '';
            const at = line.indexOf(value);
            edge(value, start.line, at >= 0 ? at + 1 : start.column, `the "${name}" of ::${node.name}`);
          }
        }
      });
    }
  }
  return issues;
};
