// The shape of the editors' commands that take one slug (`npm run new -- <slug>`,
// `npm run translation:mark -- <slug>`): --help, exactly one slug, and an EditorToolError
// printed as the editor's message with exit status 1.
import { parseArgs } from 'node:util';
import { EditorToolError } from '@/lib/editor-tools/write-explainer';

export function runSlugCommand(usage: string, run: (slug: string) => void): number {
  let slug: string;
  try {
    const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      console.log(usage);
      return 0;
    }
    if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'no slug given' : 'give exactly one slug');
    slug = positionals[0] ?? '';
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 1;
  }
  try {
    run(slug);
    return 0;
  } catch (error) {
    if (error instanceof EditorToolError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}
