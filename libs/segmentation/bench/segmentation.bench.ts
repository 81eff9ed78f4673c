// Benchmark of the whole segmentation pipeline on synthetic candidates (default 1M).
// Run: node libs/segmentation/bench/run.js [--n 1000000] [--k 8] [--seed 42]
import {
  SYNTHETIC_RATES,
  assignAll,
  encode,
  flattenCentroids,
  generateSyntheticCandidates,
  nearestCentroidReference,
  runSegmentation,
} from '../src';
import type { SegmentationPhase } from '../src';

function arg(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

const n = arg('n') ?? 1_000_000;
const fixedK = arg('k');
const seed = arg('seed') ?? 42;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function main(): Promise<void> {
  console.log(`segmentation benchmark: n=${n.toLocaleString('en-US')}, k=${fixedK ?? 'auto (2–10)'}, seed=${seed}`);
  let t = performance.now();
  const { candidates } = generateSyntheticCandidates(n, { seed });
  console.log(`generate synthetic candidates   ${secs(performance.now() - t)}  (not part of the pipeline)`);
  console.log(`  peak RSS after generation      ${peakRssMb()} MB`);

  // The pipeline, timed phase by phase through its progress callback.
  // CPU time is shown next to wall time: on a shared machine it is the steadier figure.
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const phaseStart = new Map<SegmentationPhase, [number, number]>();
  const start = [performance.now(), cpuMs()];
  const result = await runSegmentation(candidates, { currency: SYNTHETIC_RATES, seed, k: fixedK }, (p) => {
    if (!phaseStart.has(p.phase)) phaseStart.set(p.phase, [performance.now(), cpuMs()]);
  });
  const end = [performance.now(), cpuMs()];
  const phases = [...phaseStart.entries()];
  phases.forEach(([phase, at], i) => {
    const until = i + 1 < phases.length ? phases[i + 1][1] : end;
    console.log(`  ${phase.padEnd(30)} ${secs(until[0] - at[0])}  (cpu ${secs(until[1] - at[1])})`);
  });
  console.log(`pipeline total                  ${secs(end[0] - start[0])}  (cpu ${secs(end[1] - start[1])})`);
  const { model } = result;
  console.log(
    `  k=${model.k}, d=${model.encoder.columns.length}, trained on ${model.training.trainRows.toLocaleString('en-US')} rows,`,
    `${model.training.iterations} iterations, silhouette ${model.metrics.silhouette?.toFixed(3) ?? 'n/a'}`,
  );
  console.log(`  silhouette by k: ${model.silhouetteByK.map((s) => `${s.k}:${s.silhouette?.toFixed(3)}`).join(' ')}`);
  for (const p of result.profiles) console.log(`  [${p.segment}] ${p.name} (${(p.share * 100).toFixed(1)}%)`);
  console.log(`  peak RSS after pipeline        ${peakRssMb()} MB`);

  // assign(model) path: re-encode with the stored encoder, then the typed pass vs the bare loop.
  t = performance.now();
  const { matrix, d } = encode(model.encoder, candidates);
  console.log(`re-encode with stored encoder   ${secs(performance.now() - t)}`);
  const centroids = flattenCentroids(model.centroids, d);
  const time = (fn: () => unknown) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  let fast = Infinity;
  let bare = Infinity;
  for (let rep = 0; rep < 2; rep++) {
    fast = Math.min(fast, time(() => assignAll(matrix, n, d, centroids)));
    bare = Math.min(bare, time(() => nearestCentroidReference(matrix, n, d, centroids)));
  }
  const check = assignAll(matrix, n, d, centroids);
  const agree = check.labels.every((l, i) => l === result.labels[i]);
  console.log(`assignAll (${n.toLocaleString('en-US')} rows)           ${secs(fast)}`);
  console.log(`bare nearest-centroid loop      ${secs(bare)}`);
  console.log(`  ratio assignAll / bare        ${(fast / bare).toFixed(2)}× (must be ≤ 2×)`);
  console.log(`  labels agree with pipeline    ${agree}`);
  console.log(`peak RSS (maxRSS)               ${peakRssMb()} MB`);
  if (fast / bare > 2 || !agree) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
