// The runtime validator interprets article.schema.json itself. These tests hold it to a reference
// JSON Schema implementation (Ajv, draft 2020-12) on thousands of mutated articles, and check that
// the generated types and runtime schema are up to date with the JSON file.
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SUPPORTED_KEYWORDS } from '../../dist/model/json-schema.js';
import { referenceProblems, schemaProblems, validateArticle } from '../../dist/model/validate.js';

const schema = JSON.parse(readFileSync('src/model/article.schema.json', 'utf8'));
const seed = JSON.parse(readFileSync('src/examples/seed-article.id.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const ajvValidate = ajv.compile(schema);
export const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

test('the schema uses only keywords the validator understands', () => {
  const used = new Set();
  const walk = (node, isPropertiesMap) => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, false));
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (!isPropertiesMap) used.add(key);
      walk(value, !isPropertiesMap && (key === 'properties' || key === '$defs'));
    }
  };
  walk(schema, false);
  assert.deepEqual(
    [...used].filter((keyword) => !SUPPORTED_KEYWORDS.includes(keyword)),
    [],
  );
});

test('the generated model is up to date with article.schema.json', () => {
  execFileSync('node', ['scripts/generate-model.mjs', '--check'], { stdio: 'pipe' });
});

test('Ajv, a reference JSON Schema validator, accepts the seed articles', () => {
  for (const file of ['seed-article.id.json', 'seed-article.en.json']) {
    const article = JSON.parse(readFileSync(`src/examples/${file}`, 'utf8'));
    assert.equal(ajvValidate(article), true, JSON.stringify(ajvValidate.errors));
    assert.equal(validateArticle(article).valid, true);
  }
});

/** Every path to a value in a JSON document. */
function pathsOf(value, path = []) {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...value.map((item, index) => pathsOf(item, [...path, index])));
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([key, item]) => pathsOf(item, [...path, key])));
  return here;
}
const SEED_PATHS = pathsOf(seed).filter((path) => path.length > 0);

/** A mutation of the seed: a value replaced by any JSON value, or a key removed. */
const mutation = fc.record({
  path: fc.constantFrom(...SEED_PATHS),
  action: fc.constantFrom('replace', 'delete'),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(
      '',
      ' ',
      'https://example.com/a',
      'javascript:alert(1)',
      'data:image/png;base64,AA',
      '2022-10',
      '2022-13-01',
      'id',
      'x y',
      -1,
      0,
      1.5,
      2,
    ),
  ),
});

function mutate(article, { path, action, value }) {
  const copy = structuredClone(article);
  const parent = path.slice(0, -1).reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), copy);
  if (!parent || typeof parent !== 'object') return copy; // an earlier mutation removed this path
  const key = path[path.length - 1];
  if (action === 'delete' && Array.isArray(parent)) parent.splice(key, 1);
  else if (action === 'delete') delete parent[key];
  else parent[key] = value;
  return copy;
}

test(`agrees with Ajv on ${RUNS} mutated articles, and names a path for every problem`, () => {
  let invalid = 0;
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
      const article = mutations.reduce(mutate, seed);
      const ours = schemaProblems(article);
      const reference = ajvValidate(article);
      assert.equal(
        ours.length === 0,
        reference,
        `Ajv says ${reference}; we found ${JSON.stringify(ours)}; Ajv: ${JSON.stringify(ajvValidate.errors)}`,
      );
      const result = validateArticle(article);
      assert.equal(result.valid, ours.length === 0 && referenceProblems(article).length === 0);
      for (const problem of result.problems) {
        assert.match(problem.path, /^(\(article\)|[a-zA-Z]+(\[\d+\]|\.[a-zA-Z]+)*)$/);
        assert.ok(problem.message.length > 5);
      }
      if (!result.valid) invalid += 1;
    }),
    { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
  );
  console.log(`# validator fuzz: ${RUNS} cases, ${invalid} invalid (replay with FUZZ_SEED=<seed> printed on failure)`);
});
