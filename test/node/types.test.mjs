// Type-checks test/types/ (an app's view of the package: React 19 tags from quote-cards/jsx, the
// React 18 wrappers, plain DOM code, Vue's GlobalComponents and Svelte's SvelteHTMLElements) with
// tsc, strict and without skipLibCheck. The fixtures assert their types exactly (an `any` fails
// them) and use `@ts-expect-error` on wrong props and wrong uses of the quote-share event detail.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);

test('a TSX app using every element and the quote-share event type-checks, with no any', { timeout: 120_000 }, async () => {
  for (const file of ['dist/jsx.d.ts', 'dist/vue.d.ts', 'dist/svelte.d.ts', 'dist/react.d.ts', 'dist/index.d.ts']) {
    assert.ok(existsSync(file), `${file} is missing: run npm run build first`);
  }
  const result = await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'test/types/tsconfig.json'], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error) => error);
  assert.equal(result.code ?? 0, 0, `tsc found type errors:\n${result.stdout}${result.stderr}`);
});
