import { articleRule } from './article-schema.generated.js';
import type { Article } from './article.js';
import type { JsonSchema, SchemaRule } from './json-schema.js';
import { notAnId, type ArticleProblem } from './problems.js';

export type { ArticleProblem } from './problems.js';

export type ArticleValidation =
  { valid: true; article: Article; problems: [] } | { valid: false; article?: undefined; problems: ArticleProblem[] };

type Path = (string | number)[];

/** Formats a path as `quotes[3].speaker`; the root is `(article)`. */
export function formatPath(segments: readonly (string | number)[]): string {
  return (
    segments.map((segment, at) => (typeof segment === 'number' ? `[${segment}]` : at ? `.${segment}` : segment)).join('') || '(article)'
  );
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
  return type === 'array' || Array.isArray(value)
    ? type === 'array' && Array.isArray(value)
    : type === 'integer'
      ? Number.isInteger(value)
      : typeof value === type && value != null;
}

/**
 * Walks a rule generated from the schema ({@link SchemaRule}), collecting a problem for each
 * failure. `path` is a stack, pushed and popped on the way down, and formatted only when something
 * fails: a live blog's thousands of events are checked without building a path for each value.
 */
function check(rule: SchemaRule, value: unknown, path: Path, problems: ArticleProblem[]): void {
  const { type, pattern, minimum, items, properties } = rule;
  // A rule with a `minimum` or a `pattern` has no `items` or `properties`: one problem per value at most.
  const code =
    type && !typeMatches(type, value)
      ? 'type'
      : rule.enum && !rule.enum.includes(value as string)
        ? 'enum'
        : // Only a number is compared, and only text tested: an array would be turned into a string first (all of it, with
          // a stack as deep as its nesting). Nothing is less than undefined: a rule without a minimum passes.
          typeof value == 'number' && value < minimum!
          ? 'minimum'
          : pattern && typeof value == 'string' && !pattern.test(value) && 'pattern';
  if (code) {
    const wrong = code == 'type' ? `must be ${TYPE_NAMES[type!]}` : code == 'minimum' ? `must be ${minimum} or more` : rule.message;
    const shown = code == 'type' || code == 'enum' ? preview(value) : undefined;
    return void problems.push({
      path: formatPath(path),
      message: shown ? `${wrong}, not ${shown}` : wrong!,
      code,
      // The value as shown (type, enum), and what the rule asks for.
      params: { value: shown, type, options: rule.enum, minimum },
    });
  }
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
    for (const [name, propertyRule, required] of properties) {
      const property = object[name];
      path.push(name);
      if (property !== undefined) check(propertyRule, property, path, problems);
      else if (required) problems.push({ path: formatPath(path), message: 'is required', code: 'required' });
      path.pop();
    }
  }
}

/**
 * Up to 40 characters of a value written as JSON. The replacer lets JSON.stringify write only the
 * first 40 values it meets (the rest become `null` or are left out), so that a value nested thousands
 * deep is quoted without running out of stack, and a huge one without writing it all out.
 */
export function preview(value: unknown): string {
  let budget = 40;
  // What JSON cannot write (undefined, a function) comes out as "undefined".
  return `${JSON.stringify(value, (_key, item: unknown) => (budget-- > 0 ? item : undefined))}`.slice(0, 40);
}

type Item = Record<string, unknown>;

/** Calls `visit` with each object in `value` (when it is a list) and its index. */
function eachObject(value: unknown, visit: (item: Item, index: number) => void): void {
  if (Array.isArray(value)) value.forEach((item: unknown, index) => typeMatches('object', item) && visit(item as Item, index));
}

/** What JSON Schema cannot say: ids are unique in each list, and every reference names an id that exists. */
export function referenceProblems(input: unknown): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  // Anything but an object has no lists to read (Object(null) is an empty object).
  const article = Object(input) as Item;

  const ids: Record<string, Set<unknown>> = {};
  for (const list of ['speakers', 'quotes', 'events']) {
    const seen = (ids[list] = new Set());
    eachObject(article[list], ({ id }, index) => {
      if (typeof id !== 'string') return;
      if (seen.has(id))
        problems.push({
          path: `${list}[${index}].id`,
          message: `${JSON.stringify(id)} is already the id of another item in ${list}`,
          code: 'duplicate-id',
          params: { id, list },
        });
      seen.add(id);
    });
  }

  // Paths are written only for the references that fail; "speakers" holds the ids of a "speaker".
  const mustExist = (value: unknown, list: string, path: () => string) => {
    const kind = list.slice(0, -1);
    if (typeof value === 'string' && !ids[list].has(value))
      problems.push({ path: path(), message: notAnId(value, kind), code: 'unknown-id', params: { id: value, kind } });
  };
  eachObject(article.quotes, (quote, index) => mustExist(quote.speaker, 'speakers', () => `quotes[${index}].speaker`));
  eachObject(article.events, (event, index) => {
    for (const list of ['quotes', 'speakers']) {
      const refs = event[list];
      if (Array.isArray(refs)) refs.forEach((ref, at) => mustExist(ref, list, () => `events[${index}].${list}[${at}]`));
    }
  });
  return problems;
}
