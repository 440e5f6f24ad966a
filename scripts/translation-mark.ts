// `npm run translation:mark -- <slug>`: after bringing en.md in step with ja.md, records which
// revision of ja.md it now translates, so that `npm run check:content` stops warning (and warns
// again when ja.md next changes). The logic is lib/editor-tools/translation-mark.ts.
import { defaultContentDir } from '@/lib/content/config';
import { localDate } from '@/lib/editor-tools/local-date';
import { markTranslations } from '@/lib/editor-tools/translation-mark';
import { runSlugCommand } from './slug-command';

const USAGE = 'usage: npm run translation:mark -- <slug>   (after updating the translation of content/explainers/<slug>/)';

process.exitCode = runSlugCommand(USAGE, (slug) => {
  for (const file of markTranslations({ contentDir: defaultContentDir(), slug, date: localDate() })) {
    console.log(file.changed ? `${file.path}: marked as the translation of ja.md as it is now.` : `${file.path}: already marked with ja.md as it is now; left as it was.`);
  }
});
