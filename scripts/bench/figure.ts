/** One line of `npm run bench`: a measured value and a baseline measured in the same run. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
}

export function figure(name: string, value: number, unit: string, baseline: number): BenchFigure {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { name, value: round(value), unit, baseline: round(baseline), ratio: round(baseline > 0 ? value / baseline : 0) };
}

/** Median and p95 of repeated timings, in milliseconds. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function timeMs(fn: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
