// What the components need of the validator's words without the validator itself, which the CDN
// file loads as a chunk of its own (src/shared/validator-cdn.ts).

/**
 * One thing wrong with an article: where (a JSON path such as `quotes[3].speaker`), what (an English
 * sentence for developers), and the same as a stable `code` with its `params`, for tools and
 * translations (see `registerTranslation`'s `problems`).
 */
export interface ArticleProblem {
  path: string;
  message: string;
  /**
   * `type`, `enum`, `pattern`, `minimum`, `required`, `duplicate-id`, `unknown-id` (the validator);
   * `http`, `network`, `timeout`, `json`, `unreadable` (loading `src`); `missing` (what an element asks for);
   * `code` (code an element needs did not load).
   */
  code?: string;
  params?: Record<string, unknown>;
}

/** Renders a problem the way the error state and the console show it. */
export function describeProblem(problem: ArticleProblem): string {
  return `${problem.path}: ${problem.message}`;
}

/** The message for a reference to an id that does not exist: `"putn" is not the id of any speaker`. */
export function notAnId(id: string, kind: string): string {
  return `${JSON.stringify(id)} is not the id of any ${kind}`;
}
