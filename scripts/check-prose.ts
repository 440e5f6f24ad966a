// `npm run check:prose`: only the prose check (textlint with the house rules and dictionary,
// lib/content/checks/prose/), printed like check:content. Exits 1 on an error (a strict rule).
import { countLabel, formatIssue, hasErrors, sortIssues } from '@/lib/content/checks/issues';
import { checkProse } from '@/lib/content/checks/prose';

async function main(): Promise<number> {
  const started = performance.now();
  const issues = sortIssues(await checkProse());
  for (const issue of issues) console.log(formatIssue(issue));
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  if (issues.length > 0) console.log('');
  console.log(`Prose: ${countLabel(errors, 'error')}, ${countLabel(issues.length - errors, 'warning')} (${((performance.now() - started) / 1000).toFixed(1)} s).`);
  return hasErrors(issues) ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
