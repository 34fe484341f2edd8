// Draws the dev / heldout split of the real-article set, once, before any extractor output on it was looked at.
// Articles are numbered per language in the order they were collected (id-01, id-02, ..., en-01, ...). Each run of
// three consecutive numbers puts one article, drawn with a seeded generator, in `heldout` and two in `dev`, so any
// prefix of the collection is split about 2 : 1 and 30 articles give exactly 10 held out.
//
//   node test/extract/real/make-split.mjs           (rewrites split.json; the same seed always gives the same split)
//   node test/extract/real/make-split.mjs --check   (exits 1 when split.json is not the seeded draw)
import { readFileSync, writeFileSync } from 'node:fs';

const SEED = 14;
const PER_LANGUAGE = 60;

/** mulberry32: a small, well-known seeded generator (the same numbers on every machine and Node version). */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
const split = {
  seed: SEED,
  rule: 'one in each run of three consecutive numbers, drawn at random, is heldout',
  note: 'id-00 is the project seed article, already in the development set before the draw: always dev',
  alwaysDev: ['id-00'],
  dev: [],
  heldout: [],
};
for (const lang of ['id', 'en']) {
  for (let block = 0; block < PER_LANGUAGE / 3; block++) {
    const held = Math.floor(random() * 3);
    for (let i = 0; i < 3; i++) {
      const id = `${lang}-${String(block * 3 + i + 1).padStart(2, '0')}`;
      split[i === held ? 'heldout' : 'dev'].push(id);
    }
  }
}
const file = new URL('split.json', import.meta.url);
const drawn = `${JSON.stringify(split, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const recorded = JSON.parse(readFileSync(file, 'utf8'));
  const same =
    ['dev', 'heldout', 'alwaysDev'].every((key) => JSON.stringify(recorded[key]) === JSON.stringify(split[key])) && recorded.seed === SEED;
  if (!same) {
    console.error('split.json is not the seeded draw');
    process.exit(1);
  }
} else {
  // The splits collected later (test2, dev2, test3 … test12) are not part of the draw: keep them, and their notes, as recorded.
  const recorded = JSON.parse(readFileSync(file, 'utf8'));
  const later = Object.fromEntries(Object.entries(recorded).filter(([key]) => !(key in split)));
  writeFileSync(file, Object.keys(later).length ? `${JSON.stringify({ ...split, ...later }, null, 2)}\n` : drawn);
  console.log(`dev ${split.dev.length}, heldout ${split.heldout.length}`);
}
