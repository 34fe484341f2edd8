// What stateOf (article-state.ts) does, with the validator: in the CDN file, a chunk of its own (validator-cdn.ts).
import { isServer } from 'lit';
import type { Article } from '../model/article.js';
import { validateArticle } from '../model/validate.js';
import { CHECK_EVENTS_LATER_FROM, errorState, type ArticleState } from './article-state.js';

// The last state of each article object; and the objects checked in this task.
const states = new WeakMap<object, ArticleState>();
let checkedNow: WeakSet<object> | undefined;

function keep(key: object, state: ArticleState): ArticleState {
  states.set(key, state);
  (checkedNow ??= (setTimeout(() => (checkedNow = undefined)), new WeakSet())).add(key);
  return state;
}

/** The state of an article, checked: see {@link stateOf} in article-state.ts. */
export function checkArticle(input: unknown, whole?: boolean, fresh?: boolean): ArticleState {
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
        ({ checkEvents }) => checkEvents(next).then(() => keep(key!, next)),
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
