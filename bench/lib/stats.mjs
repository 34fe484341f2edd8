// Small statistics for the benchmarks.

export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value below which `p` (0–1) of the values fall, nearest rank. */
export function percentile(values, p) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** The median, min and max of the samples, with the samples themselves. */
export function summary(values) {
  const finite = values.filter(Number.isFinite);
  return {
    median: median(finite),
    min: finite.length ? Math.min(...finite) : null,
    max: finite.length ? Math.max(...finite) : null,
    runs: finite.length,
    samples: finite.map((value) => Math.round(value * 100) / 100),
  };
}

/** Ours divided by theirs, when both exist. */
export function ratio(ours, theirs) {
  return Number.isFinite(ours) && Number.isFinite(theirs) && theirs > 0 ? ours / theirs : null;
}

export const FRAME_MS = 1000 / 60;

/**
 * From the intervals between successive requestAnimationFrame callbacks (60 Hz): how many frames
 * went over the 16.7 ms budget (an interval above 20 ms: a frame that missed its vsync shows as
 * about 33 ms, while on-time frames jitter by a millisecond or so around 16.7), how many frames
 * were dropped in all (an interval of 50 ms dropped two), the worst and the 95th percentile.
 */
export function frameStats(intervals) {
  const long = intervals.filter((interval) => interval > 20);
  const dropped = intervals.reduce((sum, interval) => sum + Math.max(0, Math.round(interval / FRAME_MS) - 1), 0);
  const total = intervals.reduce((sum, interval) => sum + interval, 0);
  return {
    frames: intervals.length,
    over16_7ms: long.length,
    dropped,
    worstMs: intervals.length ? Math.max(...intervals) : null,
    p95Ms: percentile(intervals, 0.95),
    fps: total > 0 ? (intervals.length * 1000) / total : null,
  };
}
