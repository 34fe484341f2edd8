// 1 MB adversarial articles (the shapes of issue 19: a long URL followed by a space, a name of
// "(", a title nested hundreds of thousands deep, long text in every field) given to the validator,
// to `quote-cards validate` and to server-side rendering: each finishes, with a clear result, and
// its time grows linearly with the size (256 KB and 1 MB are compared, with a wide margin: 4 times
// the size may take at most 10 times as long, plus a second for a busy machine). Each run is a
// child process with a time limit, so that a quadratic one fails instead of hanging the suite.
// Needs dist/ (npm run build).   node --test test/node/adversarial.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { validateArticle } from '../../dist/model/validate.js';

const SEED = JSON.parse(readFileSync('src/examples/seed-article.id.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'quote-cards-adversarial-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const SIZES = [256 * 1024, 1024 * 1024];

/** The article JSON of each shape, about `size` characters long. */
const SHAPES = {
  'url and image: a long host and a space': (size) => {
    const article = structuredClone(SEED);
    article.url = `http://${'a'.repeat(size / 2)} `;
    article.speakers[0].image = `http://${'a'.repeat(size / 2)} `;
    return { json: JSON.stringify(article), paths: ['url', 'speakers[0].image'] };
  },
  'a speaker named with "("': (size) => {
    const article = structuredClone(SEED);
    article.speakers[0].name = '('.repeat(size);
    delete article.speakers[0].image;
    return { json: JSON.stringify(article), paths: [] };
  },
  'a title nested size/2 deep': (size) => {
    const depth = size / 2;
    const json = JSON.stringify({ ...SEED, title: '@' }).replace('"@"', `${'['.repeat(depth)}"x"${']'.repeat(depth)}`);
    return { json, paths: ['title'] };
  },
  'long text in every field': (size) => {
    const article = structuredClone(SEED);
    const long = 'kata '.repeat(size / 5 / 40);
    for (const speaker of article.speakers) Object.assign(speaker, { name: long, role: long, org: long });
    for (const quote of article.quotes) Object.assign(quote, { text: long, context: long, via: long });
    for (const event of article.events) Object.assign(event, { title: long, description: long, dateText: long });
    article.title = long;
    return { json: JSON.stringify(article), paths: [] };
  },
};

/** Runs `script` (an ES module body) in a child process; returns its output and how long it took. */
function timed(script, args = []) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 2 ** 20,
  });
  return { run, ms: performance.now() - started };
}

/** Asserts linear growth: 4 times the input may take at most 10 times as long, plus a second. */
function assertLinear([small, large], what) {
  console.log(`# ${what}: ${small.toFixed(0)} ms at 256 KB, ${large.toFixed(0)} ms at 1 MB`);
  assert.ok(large < 10 * small + 1000, `${what}: ${small.toFixed(0)} ms at 256 KB, ${large.toFixed(0)} ms at 1 MB`);
}

for (const [shape, make] of Object.entries(SHAPES)) {
  describe(shape, () => {
    const files = SIZES.map((size) => {
      const { json, paths } = make(size);
      const file = join(dir, `${shape.replace(/\W+/g, '-')}-${size}.json`);
      writeFileSync(file, json);
      return { file, paths };
    });

    test('validateArticle: a result naming each bad path, in linear time', () => {
      const times = files.map(({ file, paths }) => {
        const script = `
          import { readFileSync } from 'node:fs';
          import { validateArticle, describeProblem } from ${JSON.stringify(resolve('dist/model.js'))};
          const article = JSON.parse(readFileSync(process.argv[1], 'utf8'));
          const started = performance.now();
          const { problems } = validateArticle(article);
          console.log(JSON.stringify({ ms: performance.now() - started, problems: problems.map(describeProblem) }));`;
        const { run } = timed(script, [file]);
        assert.equal(run.status, 0, run.stderr);
        const { ms, problems } = JSON.parse(run.stdout);
        assert.deepEqual(
          problems.map((problem) => problem.split(':')[0]),
          paths,
        );
        for (const problem of problems) assert.ok(problem.length < 200, `a short message: ${problem.slice(0, 200)}`);
        return ms;
      });
      assertLinear(times, `validate, ${shape}`);
    });

    test('quote-cards validate: exits 0 or 1 with the problems, in linear time', () => {
      const times = files.map(({ file, paths }) => {
        const started = performance.now();
        const run = spawnSync(process.execPath, ['bin/quote-cards.mjs', 'validate', file], { encoding: 'utf8', timeout: 120_000 });
        const ms = performance.now() - started;
        assert.equal(run.status, paths.length ? 1 : 0, run.stderr);
        assert.equal(run.stderr, '');
        if (paths.length)
          assert.deepEqual(
            run.stdout
              .trim()
              .split('\n')
              .map((line) => line.split(':')[0]),
            paths,
          );
        return ms;
      });
      assertLinear(times, `quote-cards validate, ${shape}`);
    });

    test('server-side rendering of a card and a badge: HTML or the error state, in linear time', () => {
      const times = files.map(({ file, paths }) => {
        const script = `
          import { readFileSync } from 'node:fs';
          const { renderQuoteArticle } = await import(${JSON.stringify(resolve('dist/ssr.js'))});
          const article = JSON.parse(readFileSync(process.argv[1], 'utf8'));
          const started = performance.now();
          const html = await renderQuoteArticle(article, [{ tag: 'quote-card' }, { tag: 'speaker-badge' }]);
          console.log(JSON.stringify({ ms: performance.now() - started, length: html.length, error: html.includes('part="status error"'), head: html.slice(0, 20000) }));`;
        const { run } = timed(script, [file]);
        assert.equal(run.status, 0, run.stderr);
        const { ms, error, head } = JSON.parse(run.stdout);
        assert.equal(error, paths.length > 0);
        for (const path of paths)
          assert.ok(
            head.includes(`<code>${path.replace(/\[/g, '[').replace(/<!--.*?-->/g, '')}`) || head.includes(path),
            `the error names ${path}`,
          );
        return ms;
      });
      assertLinear(times, `SSR, ${shape}`);
    });
  });
}

test('a list nested 10,000 deep where an object belongs is a problem named by its path, not a stack overflow', () => {
  const article = JSON.parse(readFileSync(resolve('src/examples/seed-article.id.json'), 'utf8'));
  let nested = [];
  for (let depth = 0; depth < 10_000; depth++) nested = [nested];
  article.quotes = nested;
  const result = validateArticle(article);
  assert.equal(result.valid, false);
  assert.equal(result.problems[0].path, 'quotes[0]');
  assert.match(result.problems[0].message, /^must be an object, not \[\[\[/);
});
