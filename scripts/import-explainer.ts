// `npm run import -- <file.txt> [--slug <slug>]`: turns one page of the old site's plain-text export
// into a draft content/explainers/<slug>/ja.md. Lines it cannot place are printed on stderr with
// their line numbers and listed, with every guess to check, in <file>.import-report.txt next to
// the input (content/ may hold explainers only). Exit 0 when the draft was written, 1 otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultContentDir } from '@/lib/content/config';
import { decodeSourceText } from '@/lib/content/parse/source-text';
import { TO_FILL } from '@/lib/editor-tools/draft';
import { draftToMarkdown } from '@/lib/editor-tools/draft-markdown';
import { localDate } from '@/lib/editor-tools/local-date';
import { EmptyInputError, importOldFormat } from '@/lib/editor-tools/old-format/import';
import { formatReport, formatUnplaced, summaryLine } from '@/lib/editor-tools/old-format/report';
import { EditorToolError, slugProblem, writeNewExplainer } from '@/lib/editor-tools/write-explainer';

const USAGE = 'usage: npm run import -- <file.txt> [--slug <slug>]   (without --slug, the file name is the slug)';

function main(): number {
  let inputArg: string;
  let slugArg: string | undefined;
  try {
    const { positionals, values } = parseArgs({
      allowPositionals: true,
      options: { slug: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'no input file given' : 'give exactly one input file');
    inputArg = positionals[0]!;
    slugArg = values.slug;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }

  try {
    // npm runs scripts from the package root; a relative path means the folder the editor was in.
    const editorDir = process.env.INIT_CWD ?? process.cwd();
    const input = path.resolve(editorDir, inputArg);
    const stem = path.basename(input, path.extname(input));
    const slug = slugArg ?? stem;
    if (slugArg === undefined && slugProblem(slug)) {
      throw new EditorToolError(`the file name "${stem}" cannot be the slug: pass one with --slug <slug> (lowercase letters, digits and hyphens)`);
    }
    if (!fs.statSync(input, { throwIfNoEntry: false })?.isFile()) throw new EditorToolError(`${inputArg}: no such file`);
    const text = decodeSourceText(fs.readFileSync(input));
    if (!text.ok) throw new EditorToolError(`${inputArg}: ${text.message} (${text.hint})`);

    const today = localDate();
    const reportFile = path.join(path.dirname(input), `${stem}.import-report.txt`);
    const result = importOldFormat(text.text, { today, inputName: path.basename(input), reportName: path.basename(reportFile) });
    const { display: file } = writeNewExplainer({ contentDir: defaultContentDir(), slug, markdown: draftToMarkdown(result.draft) });
    fs.writeFileSync(reportFile, formatReport(result, { inputName: input, outputName: file, today }));

    for (const line of formatUnplaced(inputArg, result)) console.error(line);
    console.log(`Created ${file} (a draft) from ${inputArg}: ${summaryLine(result)}.`);
    if (result.unplaced.length > 0) console.log(`The lines not placed are printed above and are NOT in the draft.`);
    console.log(`Report (every line's place, guesses to check): ${shown(editorDir, reportFile)}`);
    for (const note of result.notes) console.log(`  ${note.line === undefined ? '-' : `line ${note.line}:`} ${note.message}`);
    console.log(`Replace every ${TO_FILL}, check with \`npm run check:content\`, then set draft: false to publish.`);
    return 0;
  } catch (error) {
    if (error instanceof EditorToolError || error instanceof EmptyInputError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

/** A path relative to `from` when it is inside it, else absolute. */
function shown(from: string, absolute: string): string {
  const relative = path.relative(from, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

process.exitCode = main();
