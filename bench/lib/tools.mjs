// What the profiling tools outside the run (profile-live.mjs, trace-live.mjs, profile-timeline.mjs) share: their
// command-line options, the timeline chunks they preload, and the self and total times of a V8 CPU profile.
import { existsSync, readFileSync } from 'node:fs';

/** The value of `--name=value` among `args`, else `fallback`. */
export const optionOf = (args, name, fallback) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

/** The URLs of the timeline's CDN chunks in the build `dist`, for the bench page to preload. */
export function timelineChunks(dist) {
  if (!existsSync(`${dist}/quote-cards.min.js`)) throw new Error(`${dist}/quote-cards.min.js is missing`);
  const chunks = JSON.parse(readFileSync(`${dist}/cdn/chunks-quote-cards.min.js.json`, 'utf8'));
  return Object.entries(chunks)
    .filter(([, name]) => ['article-timeline', 'event-window', 'check-events'].includes(name))
    .map(([file]) => `/${dist}/cdn/${file}`);
}

/**
 * Milliseconds per label in a V8 CPU profile: `self` (the samples in the node), `total` (in the node or below it,
 * counted once per label per stack), and `sampled` (each node's own milliseconds, by id). `labelOf(node)` names a node.
 */
export function profileTimes(profile, labelOf) {
  const labels = new Map(profile.nodes.map((node) => [node.id, labelOf(node)]));
  const sampled = new Map();
  profile.samples.forEach((id, k) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[k + 1] ?? 0) / 1000));
  const self = new Map();
  for (const [id, ms] of sampled) self.set(labels.get(id), (self.get(labels.get(id)) ?? 0) + ms);
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const total = new Map();
  for (const [id, ms] of sampled) {
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const label = labels.get(n);
      if (!seen.has(label)) (total.set(label, (total.get(label) ?? 0) + ms), seen.add(label));
    }
  }
  return { self, total, sampled };
}
