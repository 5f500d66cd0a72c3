/**
 * Edit distance between two strings, by code point: insertions, deletions,
 * substitutions and swaps of two neighbours ("Olso" for "Oslo") each count
 * one (optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, (before[j - 2] as number) + 1);
      current[j] = best;
    }
    before = previous;
    previous = current;
  }
  return previous[y.length] as number;
}

/**
 * The candidates closest to what the user typed: those it is a prefix of (or
 * that are a prefix of it) first, then those within a few edits, nearest first.
 */
export function closest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const allowed = Math.max(2, Math.floor(needle.length / 3));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const hay = candidate.toLowerCase();
    if (hay === needle) continue;
    if (hay.startsWith(needle) || needle.startsWith(hay)) {
      scored.push({ candidate, score: -1 / Math.max(1, Math.abs(hay.length - needle.length)) });
      continue;
    }
    const distance = editDistance(needle, hay);
    if (distance <= allowed) scored.push({ candidate, score: distance });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}

/** "did you mean a, b or c?" for a hint, or undefined when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const found = closest(input, candidates);
  if (found.length === 0) return undefined;
  const list = found.length === 1 ? found[0] : `${found.slice(0, -1).join(", ")} or ${found.at(-1)}`;
  return `did you mean ${list}?`;
}
