// "Did you mean …?" for misspelt field and attribute names (`keypoints`, `tilte`).

function editDistance(a: string, b: string): number {
  // Classic Levenshtein over two rows; names are short.
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? Math.max(a.length, b.length);
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
