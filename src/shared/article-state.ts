import { createContext } from '@lit/context';
import { isServer } from 'lit';
import type { Article } from '../model/article.js';
import { validateArticle, type ArticleProblem } from '../model/validate.js';

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
  | { status: 'loading'; src: string }
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
 */
export function stateOf(input: unknown, whole?: boolean, fresh?: boolean): ArticleState {
  const key = typeof input === 'object' && input ? input : undefined;
  let state = key && states.get(key);
  if (state && !(fresh && !checkedNow?.has(key!))) return state;
  const article = input as Article;
  const events = (input as { events?: unknown } | null)?.events;
  // Anything else wrong with the article is reported at once, with its events' problems too.
  if (
    !whole &&
    !isServer &&
    Array.isArray(events) &&
    events.length >= CHECK_EVENTS_LATER_FROM &&
    validateArticle({ ...article, events: [] }).valid
  ) {
    // The state that follows is made here, and becomes the error state (checkEvents) before anyone sees it.
    const next: ArticleState = { status: 'ready', article };
    state = {
      status: 'ready',
      article,
      checking: import('./check-events.js').then(
        ({ checkEvents }) => checkEvents(next as Extract<ArticleState, { status: 'ready' }>).then(() => keep(key!, next)),
        // Should the chunk not load (the network failed), the events stay unchecked: the timeline
        // renders only what it can read.
        () => keep(key!, next),
      ),
    };
  } else {
    // (A copy, for the validator keeps its result per object.)
    const validation = validateArticle(fresh && key && !Array.isArray(key) ? { ...key } : input);
    // Checked again and still valid: the same state, so that what compares states (a card skipping renders) sees no change.
    const same = state?.status === 'ready' && !state.checking && !state.error;
    state = validation.valid ? (same ? state! : { status: 'ready', article }) : errorState('invalid', validation.problems);
  }
  return key ? keep(key, state) : state;
}

// The last state of each article object; and the objects checked in this task (see stateOf).
const states = new WeakMap<object, ArticleState>();
let checkedNow: WeakSet<object> | undefined;

function keep(key: object, state: ArticleState): ArticleState {
  states.set(key, state);
  (checkedNow ??= (setTimeout(() => (checkedNow = undefined)), new WeakSet())).add(key);
  return state;
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
    const reason = error instanceof SyntaxError ? 'is not JSON' : 'could not be read';
    return errorState('json', [{ path, message: `${reason}: ${(error as Error).message}` }]);
  }
}

async function fetchArticle(src: string, stop: AbortController, reload: boolean | undefined, timeout: number): Promise<ArticleState> {
  const fail = (kind: ArticleErrorKind, message: string) => errorState(kind, [{ path: src, message }]);
  // Not AbortSignal.timeout: engines differ in what a fetch rejects with when a body stops arriving
  // (Firefox: a network error), so the timer says whether the time ran out.
  let late: unknown;
  const timer = setTimeout(() => stop.abort((late = 1)), timeout);
  try {
    const response = await fetch(src, { signal: stop.signal, cache: reload ? 'no-cache' : undefined });
    const body = await response.text();
    return response.ok ? parseArticle(body, src) : fail('http', `the server answered ${response.status}`);
  } catch {
    return late ? fail('timeout', `no answer in ${timeout / 1000} s`) : fail('network', 'network failure');
  } finally {
    clearTimeout(timer);
  }
}
