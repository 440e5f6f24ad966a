// `npm run new -- <slug>`: creates content/explainers/<slug>/ja.md, a draft with every field and
// block in place and today's date. Refuses an invalid slug or an existing folder (exit 1).
import { defaultContentDir } from '@/lib/content/config';
import { TO_FILL } from '@/lib/editor-tools/draft';
import { draftToMarkdown } from '@/lib/editor-tools/draft-markdown';
import { localDate } from '@/lib/editor-tools/local-date';
import { scaffoldDraft } from '@/lib/editor-tools/scaffold';
import { writeNewExplainer } from '@/lib/editor-tools/write-explainer';
import { runSlugCommand } from './slug-command';

const USAGE = 'usage: npm run new -- <slug>   (slug: lowercase letters, digits and hyphens, e.g. city-library-move)';

process.exitCode = runSlugCommand(USAGE, (slug) => {
  const { display: file } = writeNewExplainer({
    contentDir: defaultContentDir(),
    slug,
    markdown: draftToMarkdown(scaffoldDraft(localDate())),
  });
  console.log(`Created ${file} (a draft).`);
  console.log(`Replace every ${TO_FILL}, check with \`npm run check:content\`, preview with \`npm run dev\`, then set draft: false to publish.`);
});
