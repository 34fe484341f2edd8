// Generates src/model/article-schema.generated.ts from src/model/article.schema.json, the one
// source of truth of the article format: the TypeScript types, the schema without its annotations
// (for the npm API), and the rules the runtime validator walks: the same schema with each `$ref`
// made a reference to a constant and each pattern a RegExp literal, so that the CDN file carries
// no reference resolving or pattern compiling, and a live blog's events are checked in a few
// monomorphic steps each.
// `--check` fails instead of writing when the generated file is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const SOURCE = 'src/model/article.schema.json';
const TARGET = 'src/model/article-schema.generated.ts';
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'examples', '$comment']);

const schema = JSON.parse(await readFile(SOURCE, 'utf8'));

// For the types, a reference to a string definition (Text, HttpUrl, …) is just a string with
// the property's own description; otherwise every use would get a numbered alias.
function inlineStringRefs(node) {
  if (Array.isArray(node)) return node.map(inlineStringRefs);
  if (typeof node !== 'object' || node === null) return node;
  const target = node.$ref && schema.$defs[node.$ref.replace('#/$defs/', '')];
  if (target?.type === 'string') return { type: 'string', description: node.description ?? target.description };
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inlineStringRefs(value)]));
  if (copy.$defs) {
    copy.$defs = Object.fromEntries(Object.entries(copy.$defs).filter(([, value]) => value.type !== 'string'));
  }
  return copy;
}

const types = await compile(inlineStringRefs(schema), 'Article', {
  bannerComment: '',
  additionalProperties: true,
  unreachableDefinitions: true,
  strictIndexSignatures: false,
  format: true,
  style: { singleQuote: true, printWidth: 120 },
});

// Property names such as "title" are not annotations: `properties` maps are walked by mapValues.
function stripAnnotations(node) {
  if (Array.isArray(node)) return node.map(stripAnnotations);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !ANNOTATIONS.has(key))
      .map(([key, value]) => [key, key === 'properties' ? mapValues(value) : stripAnnotations(value)]),
  );
}
function mapValues(properties) {
  return Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, stripAnnotations(value)]));
}

// The rules, definitions first in the order they depend on each other. The validator walks only
// what it is given, so a schema the rules cannot say as the schema means fails here instead.
const ruleNames = new Set();
const ruleDefinitions = [];
const defining = new Set();
function unsupported(message) {
  throw new Error(`${SOURCE}: ${message}; the runtime validator (src/model/validate.ts) would need to learn it`);
}
function defineRule(name) {
  if (!Object.hasOwn(schema.$defs ?? {}, name)) unsupported(`no definition named ${name}`);
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name) || ['SchemaRule', 'JsonSchema'].includes(name)) unsupported(`a definition named ${name}`);
  if (defining.has(name)) unsupported(`${name} refers to itself`);
  if (!ruleNames.has(name)) {
    defining.add(name);
    const source = ruleSource(schema.$defs[name]);
    defining.delete(name);
    ruleNames.add(name);
    ruleDefinitions.push(`const ${name}: SchemaRule = ${source};`);
  }
  return name;
}
/** The keyword each other keyword needs beside it, so that the validator never reads a value of another type. */
const NEEDS_TYPE = { pattern: 'string', minimum: 'integer', items: 'array', properties: 'object', required: 'object' };
function ruleSource(node) {
  const keywords = Object.keys(node).filter((key) => !ANNOTATIONS.has(key));
  if (node.$ref) {
    if (keywords.length > 1) unsupported(`keywords beside a $ref (${keywords.join(', ')})`);
    if (!node.$ref.startsWith('#/$defs/')) unsupported(`a $ref outside $defs (${node.$ref})`);
    return defineRule(node.$ref.slice('#/$defs/'.length));
  }
  for (const keyword of keywords) {
    if (Object.hasOwn(NEEDS_TYPE, keyword) && node.type !== NEEDS_TYPE[keyword])
      unsupported(`"${keyword}" without "type": "${NEEDS_TYPE[keyword]}"`);
  }
  const parts = [];
  if (node.type) parts.push(`type: '${node.type}'`);
  if (node.enum)
    parts.push(
      `enum: ${JSON.stringify(node.enum)}`,
      `message: ${JSON.stringify(`must be ${node.enum.map((option) => JSON.stringify(option)).join(' or ')}`)}`,
    );
  if (node.minimum !== undefined) parts.push(`minimum: ${node.minimum}`);
  if (node.pattern !== undefined) {
    parts.push(
      `pattern: ${new RegExp(node.pattern, 'u')}`,
      `message: ${JSON.stringify(node.errorMessage ?? `must match ${node.pattern}`)}`,
    );
  }
  if (node.items) parts.push(`items: ${ruleSource(node.items)}`);
  if (node.required && !node.properties) unsupported('"required" without "properties"');
  if (node.properties) {
    const required = node.required ?? [];
    const unknown = required.filter((name) => !Object.hasOwn(node.properties, name));
    if (unknown.length) unsupported(`required properties without a schema (${unknown.join(', ')})`);
    const properties = Object.entries(node.properties).map(
      ([name, value]) => `[${JSON.stringify(name)}, ${ruleSource(value)}${required.includes(name) ? ', 1' : ''}]`,
    );
    parts.push(`properties: [${properties.join(', ')}]`);
  }
  return `{ ${parts.join(', ')} }`;
}
const articleRuleSource = ruleSource(schema);

const output = `// Generated by scripts/generate-model.mjs from article.schema.json. Do not edit: edit the schema
// and run \`npm run generate\`.
import type { JsonSchema, SchemaRule } from './json-schema.js';

${types.trim()}

/** The article schema without its annotations, as the validator reads it. */
export const articleSchema: JsonSchema = ${JSON.stringify(stripAnnotations(schema), null, 2)};

${ruleDefinitions.join('\n')}

/** The article schema as the validator walks it (see {@link SchemaRule}). */
export const articleRule: SchemaRule = ${articleRuleSource};
`;

const current = await readFile(TARGET, 'utf8').catch(() => '');
if (process.argv.includes('--check')) {
  if (current !== output) {
    console.error(`${TARGET} is out of date with ${SOURCE}: run npm run generate.`);
    process.exit(1);
  }
  console.log(`${TARGET} matches ${SOURCE}.`);
} else if (current !== output) {
  await writeFile(TARGET, output);
  console.log(`wrote ${TARGET}`);
}
