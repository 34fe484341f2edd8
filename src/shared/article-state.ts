import { createContext } from '@lit/context';
import type { Article } from '../model/article.js';
import { validateArticle, type ArticleProblem } from '../model/validate.js';

/** Why an article could not be shown. */
export type ArticleErrorKind = 'invalid' | 'http' | 'network' | 'timeout' | 'json' | 'missing';

export interface ArticleError {
  kind: ArticleErrorKind;
  /** The JSON paths and sentences to show; for load failures a single entry naming the URL. */
  problems: ArticleProblem[];
}

/** What a component knows about its article at a given moment. */
export type ArticleState =
  | { status: 'loading'; src: string }
  | { status: 'ready'; article: Article }
  | { status: 'error'; error: ArticleError };

/** The context `<quote-article>` provides to every component inside it. */
export const articleContext = createContext<ArticleState>(Symbol.for('quote-cards.article'));

/** Turns anything given as an article into a state: ready when valid, an error listing every problem otherwise. */
export function stateOf(input: unknown): ArticleState {
  const validation = validateArticle(input);
  let state = states.get(validation);
  if (!state) {
    state = validation.valid
      ? { status: 'ready', article: validation.article }
      : { status: 'error', error: { kind: 'invalid', problems: validation.problems } };
    states.set(validation, state);
  }
  return state;
}

// One state object per validation, so that context consumers are not notified of equal states.
const states = new WeakMap<object, ArticleState>();

/** How long a fetch of `src` may take before it counts as failed. */
export const LOAD_TIMEOUT_MS = 15_000;

const loads = new Map<string, Promise<ArticleState>>();

/**
 * Fetches and validates the article JSON at `src`. Components that name the same URL share one
 * request. Never rejects: failures come back as an error state naming the URL, and are not
 * cached, so that "Try again" fetches anew.
 */
export function loadArticle(src: string): Promise<ArticleState> {
  let load = loads.get(src);
  if (!load) {
    load = fetchArticle(src);
    loads.set(src, load);
    load.then((state) => state.status === 'error' && loads.delete(src));
  }
  return load;
}

/** The state of an article that could not be had, with one problem at `path` (a URL or `script`). */
function failure(kind: ArticleErrorKind, path: string, message: string): ArticleState {
  return { status: 'error', error: { kind, problems: [{ path, message }] } };
}

/** Parses and validates article JSON; text that is not JSON gives an error state naming `path`. */
export function parseArticle(json: string, path: string): ArticleState {
  try {
    return stateOf(JSON.parse(json));
  } catch (error) {
    return failure('json', path, `is not JSON: ${(error as Error).message}`);
  }
}

async function fetchArticle(src: string): Promise<ArticleState> {
  const fail = (kind: ArticleErrorKind, message: string) => failure(kind, src, message);
  let response: Response;
  let body: string;
  try {
    response = await fetch(src, { signal: AbortSignal.timeout(LOAD_TIMEOUT_MS) });
    body = await response.text();
  } catch (error) {
    return (error as Error).name === 'TimeoutError'
      ? fail('timeout', `no answer in ${LOAD_TIMEOUT_MS / 1000} s`)
      : fail('network', 'network failure');
  }
  return response.ok ? parseArticle(body, src) : fail('http', `the server answered ${response.status}`);
}
