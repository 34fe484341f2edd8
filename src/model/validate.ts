import { articleSchema } from './article-schema.generated.js';
import type { Article } from './article.js';
import type { JsonSchema } from './json-schema.js';

/** One thing wrong with an article: where (a JSON path such as `quotes[3].speaker`) and what. */
export interface ArticleProblem {
  path: string;
  message: string;
}

export type ArticleValidation =
  | { valid: true; article: Article; problems: [] }
  | { valid: false; article?: undefined; problems: ArticleProblem[] };

type Path = (string | number)[];

/** Formats a path as `quotes[3].speaker`; the root is `(article)`. */
export function formatPath(segments: readonly (string | number)[]): string {
  return segments.map((segment, at) => (typeof segment === 'number' ? `[${segment}]` : at ? `.${segment}` : segment)).join('') || '(article)';
}

/** Renders a problem the way the error state and the console show it. */
export function describeProblem(problem: ArticleProblem): string {
  return `${problem.path}: ${problem.message}`;
}

const cache = new WeakMap<object, ArticleValidation>();

/**
 * Checks a parsed article against the article schema and reports every problem at once, each
 * with its JSON path: wrong or missing fields, ids that are not unique, and references to
 * speakers or quotes that do not exist. Unknown fields are allowed, so newer articles still load.
 * Results are cached per object, so many cards sharing one article validate it once.
 */
export function validateArticle(input: unknown): ArticleValidation {
  const key = typeof input === 'object' && input !== null ? input : undefined;
  const cached = key && cache.get(key);
  if (cached) return cached;
  const problems = [...schemaProblems(input), ...referenceProblems(input)];
  const validation: ArticleValidation = problems.length
    ? { valid: false, problems }
    : { valid: true, article: input as Article, problems: [] };
  if (key) cache.set(key, validation);
  return validation;
}

/** The problems the JSON Schema alone finds (what any JSON Schema validator would report). */
export function schemaProblems(input: unknown): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  check(articleSchema, input, [], problems);
  return problems;
}

const TYPE_NAMES: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

function typeMatches(type: JsonSchema['type'], value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

const patterns = new Map<string, RegExp>();

/** Interprets the keywords of {@link JsonSchema}, collecting a problem for each failure. */
function check(schema: JsonSchema, value: unknown, path: Path, problems: ArticleProblem[]): void {
  if (schema.$ref) {
    schema = articleSchema.$defs![schema.$ref.replace('#/$defs/', '')];
  }
  const fail = (message: string) => problems.push({ path: formatPath(path), message });
  if (schema.type && !typeMatches(schema.type, value)) {
    return void fail(`must be ${TYPE_NAMES[schema.type]}, not ${describeValue(value)}`);
  }
  if (schema.enum && !schema.enum.includes(value as string)) {
    return void fail(`must be ${schema.enum.map((option) => JSON.stringify(option)).join(' or ')}, not ${describeValue(value)}`);
  }
  if (schema.minimum !== undefined && (value as number) < schema.minimum) {
    fail(`must be ${schema.minimum} or more`);
  }
  if (schema.pattern !== undefined) {
    let pattern = patterns.get(schema.pattern);
    if (!pattern) patterns.set(schema.pattern, (pattern = new RegExp(schema.pattern, 'u')));
    if (!pattern.test(value as string)) fail(schema.errorMessage ?? `must match ${schema.pattern}`);
  }
  if (schema.items) {
    (value as unknown[]).forEach((item, index) => check(schema.items!, item, [...path, index], problems));
  }
  if (schema.properties) {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (!Object.hasOwn(object, name) || object[name] === undefined) problems.push({ path: formatPath([...path, name]), message: 'is required' });
    }
    for (const [name, property] of Object.entries(schema.properties)) {
      if (Object.hasOwn(object, name) && object[name] !== undefined) check(property, object[name], [...path, name], problems);
    }
  }
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value) return 'an object';
  return (typeof value === 'string' ? JSON.stringify(value) : String(value)).slice(0, 40);
}

type Item = Record<string, unknown>;

/** The message for a reference to an id that does not exist: `"putn" is not the id of any speaker`. */
export function notAnId(id: string, kind: string): string {
  return `${JSON.stringify(id)} is not the id of any ${kind}`;
}

function items(value: unknown): [Item, number][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) =>
    typeof item === 'object' && item !== null && !Array.isArray(item) ? [[item as Item, index]] : [],
  );
}

/** What JSON Schema cannot say: ids are unique in each list, and every reference names an id that exists. */
export function referenceProblems(input: unknown): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  if (typeof input !== 'object' || input === null) return problems;
  const article = input as Item;

  const idsOf = (list: 'speakers' | 'quotes' | 'events') => {
    const ids = new Set<unknown>();
    for (const [item, index] of items(article[list])) {
      if (typeof item.id !== 'string') continue;
      if (ids.has(item.id)) {
        problems.push({ path: `${list}[${index}].id`, message: `"${item.id}" is already the id of another item in ${list}` });
      }
      ids.add(item.id);
    }
    return ids;
  };
  const speakerIds = idsOf('speakers');
  const quoteIds = idsOf('quotes');
  idsOf('events');

  const mustExist = (path: string, value: unknown, ids: Set<unknown>, kind: string) => {
    if (typeof value === 'string' && !ids.has(value)) problems.push({ path, message: notAnId(value, kind) });
  };
  for (const [quote, index] of items(article.quotes)) {
    mustExist(`quotes[${index}].speaker`, quote.speaker, speakerIds, 'speaker');
  }
  for (const [event, index] of items(article.events)) {
    for (const [list, ids, kind] of [
      ['quotes', quoteIds, 'quote'],
      ['speakers', speakerIds, 'speaker'],
    ] as const) {
      const refs = event[list];
      if (Array.isArray(refs)) refs.forEach((ref, at) => mustExist(`events[${index}].${list}[${at}]`, ref, ids, kind));
    }
  }
  return problems;
}
