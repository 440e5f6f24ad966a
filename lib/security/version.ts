// Version comparison for the dependency gate (scripts/security-audit.ts). Only x.y.z with an
// optional prerelease, which is all npm versions of Next.js use.

function core(version: string): number[] {
  return (version.split('-')[0] ?? '').split('.').map((part) => Number(part));
}

/** True when `version` is at least `minimum`; a prerelease counts as below its release. */
export function atLeast(version: string, minimum: string): boolean {
  const have = core(version);
  const need = core(minimum);
  if ([...have, ...need].some((part) => !Number.isInteger(part))) throw new Error(`not a version: ${version} or ${minimum}`);
  for (let index = 0; index < 3; index++) {
    const a = have[index] ?? 0;
    const b = need[index] ?? 0;
    if (a !== b) return a > b;
  }
  return !version.includes('-');
}
