// `npm run new -- <slug>`: creates content/explainers/<slug>/ja.md, a draft with every field and
// block in place and today's date. Refuses an invalid slug or an existing folder (exit 1).
import { parseArgs } from 'node:util';
import { defaultContentDir } from '@/lib/content/config';
import { TO_FILL } from '@/lib/editor-tools/draft';
import { draftToMarkdown } from '@/lib/editor-tools/draft-markdown';
import { localDate } from '@/lib/editor-tools/local-date';
import { scaffoldDraft } from '@/lib/editor-tools/scaffold';
import { EditorToolError, writeNewExplainer } from '@/lib/editor-tools/write-explainer';

const USAGE = 'usage: npm run new -- <slug>   (slug: lowercase letters, digits and hyphens, e.g. city-library-move)';

function main(): number {
  let slug: string | undefined;
  try {
    const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'no slug given' : 'give exactly one slug');
    slug = positionals[0];
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  try {
    const { display: file } = writeNewExplainer({
      contentDir: defaultContentDir(),
      slug: slug ?? '',
      markdown: draftToMarkdown(scaffoldDraft(localDate())),
    });
    console.log(`Created ${file} (a draft).`);
    console.log(`Replace every ${TO_FILL}, check with \`npm run check:content\`, preview with \`npm run dev\`, then set draft: false to publish.`);
    return 0;
  } catch (error) {
    if (error instanceof EditorToolError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
