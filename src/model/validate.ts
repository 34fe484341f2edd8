import { articleRule } from './article-schema.generated.js';
import type { Article } from './article.js';
import type { JsonSchema, SchemaRule } from './json-schema.js';

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
  check(articleRule, input, [], problems);
  return problems;
}

const TYPE_NAMES: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
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
    default:
      return typeof value === type;
  }
}

/**
 * Walks a rule generated from the schema ({@link SchemaRule}), collecting a problem for each
 * failure. `path` is a stack, pushed and popped on the way down, and formatted only when something
 * fails: a live blog's thousands of events are checked without building a path for each value.
 */
function check(rule: SchemaRule, value: unknown, path: Path, problems: ArticleProblem[]): void {
  const { type, pattern, items, properties } = rule;
  let message: string | undefined;
  if (type && !typeMatches(type, value)) {
    message = `must be ${TYPE_NAMES[type]}`;
  } else if (rule.enum && !rule.enum.includes(value as string)) {
    message = `must be ${rule.enum.map((option) => JSON.stringify(option)).join(' or ')}`;
  }
  if (message) return void problems.push({ path: formatPath(path), message: `${message}, not ${String(JSON.stringify(value) ?? value).slice(0, 40)}` });
  if (rule.minimum !== undefined && (value as number) < rule.minimum) {
    problems.push({ path: formatPath(path), message: `must be ${rule.minimum} or more` });
  }
  if (pattern && !pattern.test(value as string)) problems.push({ path: formatPath(path), message: rule.message! });
  if (items) {
    const list = value as unknown[];
    for (let index = 0; index < list.length; index++) {
      path.push(index);
      check(items, list[index], path, problems);
      path.pop();
    }
  }
  if (properties) {
    // No schema property is named like a member of Object.prototype, so a plain lookup finds own values only.
    const object = value as Record<string, unknown>;
    for (const name of rule.required!) {
      if (object[name] === undefined) problems.push({ path: formatPath([...path, name]), message: 'is required' });
    }
    for (const [name, propertyRule] of properties) {
      const property = object[name];
      if (property === undefined) continue;
      path.push(name);
      check(propertyRule, property, path, problems);
      path.pop();
    }
  }
}

type Item = Record<string, unknown>;

/** The message for a reference to an id that does not exist: `"putn" is not the id of any speaker`. */
export function notAnId(id: string, kind: string): string {
  return `${JSON.stringify(id)} is not the id of any ${kind}`;
}

/** Calls `visit` with each object in `value` (when it is a list) and its index. */
function eachObject(value: unknown, visit: (item: Item, index: number) => void): void {
  if (!Array.isArray(value)) return;
  for (let index = 0; index < value.length; index++) {
    const item = value[index];
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) visit(item as Item, index);
  }
}

/** What JSON Schema cannot say: ids are unique in each list, and every reference names an id that exists. */
export function referenceProblems(input: unknown): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  if (typeof input !== 'object' || input === null) return problems;
  const article = input as Item;

  const idsOf = (list: 'speakers' | 'quotes' | 'events') => {
    const ids = new Set<unknown>();
    eachObject(article[list], ({ id }, index) => {
      if (typeof id !== 'string') return;
      if (ids.has(id)) problems.push({ path: `${list}[${index}].id`, message: `"${id}" is already the id of another item in ${list}` });
      ids.add(id);
    });
    return ids;
  };
  const speakerIds = idsOf('speakers');
  const quoteIds = idsOf('quotes');
  idsOf('events');

  // Paths are written only for the references that fail.
  const mustExist = (value: unknown, ids: Set<unknown>, kind: string, path: () => string) => {
    if (typeof value === 'string' && !ids.has(value)) problems.push({ path: path(), message: notAnId(value, kind) });
  };
  eachObject(article.quotes, (quote, index) => mustExist(quote.speaker, speakerIds, 'speaker', () => `quotes[${index}].speaker`));
  const references = [
    ['quotes', quoteIds, 'quote'],
    ['speakers', speakerIds, 'speaker'],
  ] as const;
  eachObject(article.events, (event, index) => {
    for (const [list, ids, kind] of references) {
      const refs = event[list];
      if (Array.isArray(refs)) refs.forEach((ref, at) => mustExist(ref, ids, kind, () => `events[${index}].${list}[${at}]`));
    }
  });
  return problems;
}
