import { diffDatasets, type ReadonlyDataset, summarizeDiff } from "@claimset/core";
import { consecutivePairs, listReleases, readRelease } from "./releases.js";

/**
 * What changed between the releases in a folder, oldest first: one summary
 * per consecutive pair. With fewer than two releases, the newest release (if
 * any) is compared with `current`, the dataset installed now.
 */
export function releaseChanges(releasesDir: string, current: ReadonlyDataset): string[] {
  const releases = listReleases(releasesDir);
  if (releases.length === 0) return [`No releases in ${releasesDir} yet: nothing to compare.`];
  const snapshots = releases.map((r) => ({
    label: `release ${r.version}`,
    dataset: readRelease(r) as ReadonlyDataset,
  }));
  if (snapshots.length === 1) snapshots.push({ label: `installed build ${current.version}`, dataset: current });
  return consecutivePairs(snapshots).map(
    ([a, b]) => `${a.label} → ${b.label}\n${summarizeDiff(diffDatasets(a.dataset, b.dataset))}`,
  );
}
