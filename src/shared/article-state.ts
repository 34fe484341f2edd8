import { createContext } from '@lit/context';
import { isServer } from 'lit';
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
  | {
      status: 'ready';
      article: Article;
      /**
       * Present while the events of a long list are still being checked (see {@link stateOf}).
       * Settles when they are; if one is invalid, this state has become the error state by then.
       */
      checking?: Promise<void>;
    }
  | { status: 'error'; error: ArticleError };

/** The context `<quote-article>` provides to every component inside it. */
export const articleContext = createContext<ArticleState>(Symbol.for('quote-cards.article'));

/** From this many events on, the events are checked after the first screen (see {@link stateOf}). */
export const CHECK_EVENTS_LATER_FROM = 500;

/**
 * Turns anything given as an article into a state: ready when valid, an error listing every
 * problem otherwise.
 *
 * An article with a long list of events (a live blog) is ready as soon as everything but its
 * events is valid, so that a timeline shows its first screen without waiting for thousands of
 * events to be checked. The events are checked after the next frame is painted, a slice per task
 * (check-events.ts, loaded then); if one is invalid, the state turns into the error state (the same
 * object, so whoever holds it sees the change) and `checking` settles, which components wait for to
 * render again. The timeline renders only events it can read until then. `whole` checks every event
 * at once (for hydrating what a server rendered: a server checks every article whole).
 */
export function stateOf(input: unknown, whole?: boolean): ArticleState {
  let state = states.get(input as object);
  if (state) return state;
  const events = (input as { events?: unknown } | null)?.events;
  // Anything else wrong with the article is reported at once, with its events' problems too.
  if (
    !whole &&
    !isServer &&
    Array.isArray(events) &&
    events.length >= CHECK_EVENTS_LATER_FROM &&
    validateArticle({ ...(input as Article), events: [] }).valid
  ) {
    const ready: ArticleState = { status: 'ready', article: input as Article };
    // Should the chunk not load (the network failed), the events stay unchecked: the timeline
    // renders only what it can read.
    ready.checking = import('./check-events.js').then(
      ({ checkEvents }) => checkEvents(ready),
      () => void delete ready.checking,
    );
    states.set(input as object, ready);
    return ready;
  }
  const validation = validateArticle(input);
  state = states.get(validation);
  if (!state) {
    state = validation.valid ? { status: 'ready', article: validation.article } : errorState('invalid', validation.problems);
    states.set(validation, state);
  }
  return state;
}

/** The state of an article that cannot be shown, and why. */
export function errorState(kind: ArticleErrorKind, problems: ArticleProblem[]): Extract<ArticleState, { status: 'error' }> {
  return { status: 'error', error: { kind, problems } };
}

// One state object per validation, so that context consumers are not notified of equal states;
// and per article with a long list of events, for the state that is ready before they are checked.
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
    load.then(async (state) => {
      // A live blog may turn out invalid once its events are checked.
      await (state as { checking?: Promise<void> }).checking;
      if (state.status === 'error') loads.delete(src);
    });
  }
  return load;
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

async function fetchArticle(src: string): Promise<ArticleState> {
  const fail = (kind: ArticleErrorKind, message: string, params?: Record<string, unknown>) =>
    errorState(kind, [{ path: src, message, code: kind, params }]);
  let response: Response;
  let body: string;
  try {
    response = await fetch(src, { signal: AbortSignal.timeout(LOAD_TIMEOUT_MS) });
    body = await response.text();
  } catch (error) {
    return (error as Error).name === 'TimeoutError'
      ? fail('timeout', `no answer in ${LOAD_TIMEOUT_MS / 1000} s`, { seconds: LOAD_TIMEOUT_MS / 1000 })
      : fail('network', 'network failure');
  }
  return response.ok ? parseArticle(body, src) : fail('http', `the server answered ${response.status}`, { status: response.status });
}
