import { createContext } from '@lit/context';
import type { Article } from '../model/article.js';
import type { ArticleProblem } from '../model/problems.js';
import { checkArticle, validatorLoading } from './validator.js';

/** Why an article (or the code that shows it) could not be shown. */
export type ArticleErrorKind = 'invalid' | 'http' | 'network' | 'timeout' | 'json' | 'missing' | 'code';

export interface ArticleError {
  kind: ArticleErrorKind;
  /** The JSON paths and sentences to show; for load failures a single entry naming the URL. */
  problems: ArticleProblem[];
}

/**
 * What a component knows about its article at a given moment. A state is a snapshot, never changed:
 * what happens next (a long list of events checked, a newer version of a live article) is a new state.
 */
export type ArticleState =
  | {
      status: 'loading';
      /** The URL fetched; empty while the article waits for the CDN file's validator. */
      src: string;
    }
  | {
      status: 'ready';
      article: Article;
      /**
       * Present while the events of a long list are still being checked (see {@link stateOf}).
       * Resolves to the state that follows: the same article checked, or the error state.
       */
      checking?: Promise<ArticleState>;
      /**
       * Why the latest version of a live article (`<quote-article live>`) could not be shown: the
       * article here is the last good one, still shown, with this error beside it.
       */
      error?: ArticleError;
    }
  | { status: 'error'; error: ArticleError };

/** The context `<quote-article>` provides to every component inside it. */
export const articleContext = createContext<ArticleState>(Symbol.for('quote-cards.article'));

/** The state of every article until the CDN file's validator has arrived (validator-cdn.ts). */
export const unchecked: ArticleState = { status: 'loading', src: '' };

/** From this many events on, the events are checked after the first screen (see {@link stateOf}). */
export const CHECK_EVENTS_LATER_FROM = 500;

/**
 * Turns anything given as an article into a state: ready when valid, an error listing every
 * problem otherwise. The state is kept per object, so that many cards given one article check it
 * once; `fresh` checks it again unless it was checked in this task (the page may have changed the
 * object in place since: a component checks again when it is given an object).
 *
 * An article with a long list of events (a live blog) is ready as soon as everything but its
 * events is valid, so that a timeline shows its first screen without waiting for thousands of
 * events to be checked. The events are checked after the next frame is painted, a slice per task
 * (check-events.ts, loaded then); `checking` resolves to the state that follows, which is kept for
 * the object from then on. The timeline renders only events it can read until then. `whole` checks
 * every event at once (for hydrating what a server rendered: a server checks every article whole).
 *
 * The work is check-article.ts's. In the CDN file, which fetches it with the validator as a chunk of its own, every
 * article is {@link unchecked} until they have arrived: never shown before it is checked.
 */
export function stateOf(input: unknown, whole?: boolean, fresh?: boolean): ArticleState {
  return checkArticle ? checkArticle(input, whole, fresh) : unchecked;
}

/** The state of an article that cannot be shown, and why. */
export function errorState(kind: ArticleErrorKind, problems: ArticleProblem[]): Extract<ArticleState, { status: 'error' }> {
  return { status: 'error', error: { kind, problems } };
}

/** How long a fetch of `src` may take (the whole body read) before it counts as failed. */
export const LOAD_TIMEOUT_MS = 15_000;

const loads = new Map<string, { state: Promise<ArticleState>; users: number; stop: AbortController }>();

/**
 * Fetches and validates the article JSON at `src`. Components that ask for the same URL while it
 * is being fetched share one request; once it has arrived, the next to ask fetches again (through
 * the browser's HTTP cache; `reload` asks the server whether its copy is still fresh). The fetch
 * is aborted when every `signal` given for it has been aborted (each element that asked has left
 * the page). A fetch that takes longer than `timeout` ms (the whole body read) is stopped and
 * reported as a timeout. Never rejects: failures come back as an error state naming the URL.
 */
export function loadArticle(src: string, signal?: AbortSignal, reload?: boolean, timeout = LOAD_TIMEOUT_MS): Promise<ArticleState> {
  let load = loads.get(src);
  if (!load) {
    const stop = new AbortController();
    const state = fetchArticle(src, stop, reload, timeout).finally(() => loads.get(src) === load && loads.delete(src));
    loads.set(src, (load = { state, users: 0, stop }));
  }
  const shared = load;
  shared.users++;
  signal?.addEventListener('abort', () => --shared.users || shared.stop.abort());
  return shared.state;
}

/**
 * Parses and validates article JSON; text that is not JSON gives an error state naming `path`.
 * `whole`: check every event before the first render, even of a live blog (to hydrate what a
 * server rendered after checking the whole article).
 */
export function parseArticle(json: string, path: string, whole?: boolean): ArticleState {
  try {
    return stateOf(JSON.parse(json), whole);
  } catch (error) {
    // JSON.parse throws a SyntaxError for text that is not JSON; Firefox runs out of stack on valid
    // JSON nested some 20,000 deep ("could not be read: too much recursion").
    const syntax = error instanceof SyntaxError;
    const { message } = error as Error;
    return errorState('json', [
      {
        path,
        message: `${syntax ? 'is not JSON' : 'could not be read'}: ${message}`,
        code: syntax ? 'json' : 'unreadable',
        params: { error: message },
      },
    ]);
  }
}

async function fetchArticle(src: string, stop: AbortController, reload: boolean | undefined, timeout: number): Promise<ArticleState> {
  const fail = (kind: ArticleErrorKind, message: string, params?: Record<string, unknown>) =>
    errorState(kind, [{ path: src, message, code: kind, params }]);
  // Not AbortSignal.timeout: engines differ in what a fetch rejects with when a body stops arriving
  // (Firefox: a network error), so the timer says whether the time ran out.
  let late: unknown;
  const timer = setTimeout(() => stop.abort((late = 1)), timeout);
  let response: Response;
  let body: string;
  try {
    response = await fetch(src, { signal: stop.signal, cache: reload ? 'no-cache' : undefined });
    body = await response.text();
  } catch {
    return late ? fail('timeout', `no answer in ${timeout / 1000} s`, { seconds: timeout / 1000 }) : fail('network', 'network failure');
  } finally {
    clearTimeout(timer);
  }
  // (The article and the CDN file's validator are fetched in parallel.)
  await validatorLoading;
  return response.ok ? parseArticle(body, src) : fail('http', `the server answered ${response.status}`, { status: response.status });
}
