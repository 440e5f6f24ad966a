// "Did you mean …?" for misspelt field and attribute names (`keypoints`, `tilte`).

function editDistance(a: string, b: string): number {
  // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours
  // (`tilte` → `title` is one edit). Names are short, so the full table is cheap.
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i];
    if (!row) continue;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The known name closest to `name`, if it is close enough to be a typo of it. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  if (!best) return undefined;
  const allowed = Math.max(1, Math.floor(best.name.length / 3));
  return best.distance <= allowed ? best.name : undefined;
}

/** Hint for an unknown name: the likely intended one, or the full list. */
export function unknownNameHint(name: string, known: readonly string[], what: string): string {
  const match = closestName(name, known);
  const list = known.join(', ');
  if (match) return `did you mean ${match}? Names are case-sensitive; the ${what} are: ${list}`;
  return known.length > 0 ? `the ${what} are: ${list}` : `remove it`;
}
