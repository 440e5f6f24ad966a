// `npm run check:content`: validates everything under content/ with the same code the site uses,
// prints every problem as `path:line:column  message  (hint)`, and exits 1 if any is an error.
// The prose check (textlint, lib/content/checks/prose/) runs after the load: it is asynchronous.
import { countLabel, formatIssue, hasErrors, sortIssues } from '@/lib/content/checks/issues';
import { checkProse } from '@/lib/content/checks/prose';
import { loadContent } from '@/lib/content/load';

async function main(): Promise<number> {
  // Drafts are checked like everything else; whether they are shown does not matter here.
  const loaded = loadContent({ includeDrafts: true });
  const { stats } = loaded;
  const issues = sortIssues([...loaded.issues, ...(await checkProse())]);
  for (const issue of issues) console.log(formatIssue(issue));

  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.filter((issue) => issue.severity === 'warning').length;
  // Scheduled files are reported as information (lib/content/checks/scheduled.ts), counted here.
  const summary =
    `${countLabel(stats.files, 'explainer file')} (${stats.published} published, ${stats.scheduled} scheduled, ${stats.drafts} ${stats.drafts === 1 ? 'draft' : 'drafts'}), ` +
    `${countLabel(stats.images, 'image')}: ${countLabel(errors, 'error')}, ${countLabel(warnings, 'warning')}.`;
  if (issues.length > 0) console.log('');
  console.log(summary);
  return hasErrors(issues) ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
