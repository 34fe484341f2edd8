// What stateOf (article-state.ts) does, with the validator: in the CDN file, a chunk of its own (validator-cdn.ts).
import { isServer } from 'lit';
import type { Article } from '../model/article.js';
import { validateArticle } from '../model/validate.js';
import { CHECK_EVENTS_LATER_FROM, errorState, type ArticleState } from './article-state.js';

// One state object per validation, so that context consumers are not notified of equal states;
// and per article with a long list of events, for the state that is ready before they are checked.
const states = new WeakMap<object, ArticleState>();

/** The state of an article, checked: see {@link stateOf} in article-state.ts. */
export function checkArticle(input: unknown, whole?: boolean): ArticleState {
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
