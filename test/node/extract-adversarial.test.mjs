// Issue 19: no text freezes extractArticle or `quote-cards extract`. Each adversarial shape (runs of
// sentence marks, many dates in one sentence, long runs of role words, a paragraph of many short
// sentences, unclosed quotation marks) is extracted at 256 KB and at 1 MB, in a worker that is
// stopped at a deadline, so that a regression fails instead of hanging the suite. The quadratic code
// took minutes at 1 MB (50,000 full stops: 10–24 s); linear code takes well under a second on an
// idle machine. The bounds are generous, for a busy 2-core machine: 1 MB within DEADLINE_MS, and
// 4 times the text within 8 times the time (quadratic is 16 times).
// Needs dist/ (npm run build).   node --test test/node/extract-adversarial.test.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { ADVERSARIAL_TEXTS } from '../support/adversarial-text.mjs';

const DEADLINE_MS = 15_000;
const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'quote-cards-adversarial-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const WORKER = `
  const { parentPort } = require('node:worker_threads');
  parentPort.once('message', async ({ text, url }) => {
    const { extractArticle } = await import(url);
    const start = performance.now();
    const article = extractArticle(text, { publishedAt: '2022-10-27' });
    parentPort.postMessage({ ms: performance.now() - start, quotes: article.quotes.length, title: article.title });
  });
`;

/** Extracts `text` in a worker; rejects when it takes longer than DEADLINE_MS. */
function extractInWorker(text) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true });
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error(`extractArticle still running after ${DEADLINE_MS} ms on ${text.length} characters`));
    }, DEADLINE_MS);
    worker.once('message', (result) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.postMessage({ text, url: new URL('../../dist/extract.js', import.meta.url).href });
  });
}

/** Runs `quote-cards extract FILE`; resolves with its exit code, output and time, killed at DEADLINE_MS. */
function extractWithCli(file) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['bin/quote-cards.mjs', 'extract', file, '--published', '2022-10-27'], { timeout: DEADLINE_MS });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr, ms: performance.now() - start }));
  });
}

describe('extractArticle on 1 MB adversarial texts', () => {
  for (const [shape, make] of Object.entries(ADVERSARIAL_TEXTS)) {
    test(`${shape}: finishes, and 4 times the text takes less than 8 times as long`, async () => {
      const small = await extractInWorker(make(MB / 4));
      const large = await extractInWorker(make(MB));
      assert.equal(typeof large.title, 'string');
      assert.ok(large.ms < 8 * small.ms + 250, `256 KB in ${small.ms.toFixed(0)} ms, 1 MB in ${large.ms.toFixed(0)} ms: growing faster than linearly`);
    });
  }

  test('100 KB of unclosed quotation marks of each kind: a result, not a freeze', async () => {
    for (const mark of ['"', '“', '„', '«', '”']) {
      const result = await extractInWorker(`${mark}Kami `.repeat(100 * 1024 / 6));
      assert.equal(typeof result.quotes, 'number', mark);
    }
  });
});

describe('quote-cards extract on 1 MB adversarial texts', () => {
  for (const shape of ['a run of full stops', 'many dates in one sentence', 'a long run of role words before a name', 'one paragraph of many short sentences', 'unclosed quotation marks']) {
    test(`${shape}: prints the article JSON and exits 0`, async () => {
      const file = join(dir, `${shape.replace(/\W+/g, '-')}.txt`);
      writeFileSync(file, ADVERSARIAL_TEXTS[shape](MB));
      const run = await extractWithCli(file);
      assert.equal(run.signal, null, `killed after ${run.ms.toFixed(0)} ms`);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(JSON.parse(run.stdout).version, 1);
    });
  }
});
