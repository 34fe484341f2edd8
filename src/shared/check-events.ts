// Loaded only for an article with a long list of events (see stateOf in article-state.ts).
import { validateArticle, type ArticleProblem } from '../model/validate.js';
import { errorState, type ArticleState } from './article-state.js';

/** Events checked in one task: a few milliseconds, so that scrolling stays smooth meanwhile. */
const EVENTS_PER_TASK = 1000;

/** Resolves after the next frame is painted (a task queued from its animation frame runs then). */
const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Lets the browser paint and handle input before the next slice: `scheduler.yield()` where there
 * is one (it resumes before other tasks, and without the 4 ms of a timer nested in timers).
 */
const nextTask = () =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));

/**
 * Checks the events of a ready state's article (everything else in it is valid) once the first
 * screen is painted, a slice of events per task. If something is wrong, the state turns into the
 * error state, with every problem of the article; either way its `checking` goes.
 */
export async function checkEvents(state: Extract<ArticleState, { status: 'ready' }>): Promise<void> {
  await afterNextPaint();
  const problems = await eventProblems(state.article as typeof state.article & { events: unknown[] });
  delete state.checking;
  // (Its `article` stays, unread: an error state is read by its `error`.)
  if (problems.length) Object.assign(state, errorState('invalid', problems));
}

/**
 * The events found valid, each with the token of the speakers' and quotes' ids it was checked against: a newer version
 * of a live blog repeats the events of the last one (the same objects, when the page appends them), and only the events
 * it has not been checked with are checked again. (An object given is never read again changed, as the timeline too
 * assumes: a page gives new objects for what changed.)
 */
const validEvents = new WeakMap<object, object>();
/** The ids of the speakers and quotes events were last checked against, and their token. */
let references: { ids: string; token: object } | undefined;
/**
 * The last events list found valid (against the references of `token`), with the set of its ids: a newer version that
 * starts with the same objects (a live blog that appends) has only the events after them read, for their ids too. (Held
 * weakly: a page that drops its article drops the list.)
 */
let lastValid: { events: WeakRef<unknown[]>; length: number; ids: Set<string>; token: object } | undefined;

/**
 * Whether `events` starts with the events of `last`, the same objects in the same places. (Not when it is the same list:
 * the page may have changed it in place.)
 */
function startsWith(events: unknown[], last: unknown[] | undefined): boolean {
  if (!last || last === events || last.length > events.length) return false;
  for (let index = 0; index < last.length; index++) if (events[index] !== last[index]) return false;
  return true;
}

/**
 * Every problem of an article whose everything-but-events is valid (none when it is valid). A
 * slice of events is checked as an article of its own, with the article's speakers and quotes for
 * the references; ids are compared across slices. When something is wrong, the whole article is
 * checked again in one go, for every problem with its JSON path, as `validateArticle` reports them.
 */
async function eventProblems(article: {
  events: unknown[];
  speakers: { id: string }[];
  quotes: { id: string }[];
}): Promise<ArticleProblem[]> {
  const { events } = article;
  const ids = JSON.stringify([article.speakers.map(({ id }) => id), article.quotes.map(({ id }) => id)]);
  const token = references?.ids === ids ? references.token : (references = { ids, token: {} }).token;
  const last = lastValid?.token === token && startsWith(events, lastValid.events.deref()) ? lastValid : undefined;
  const from = last ? last.length : 0;
  const unchecked = (from ? events.slice(from) : events).filter((event) => validEvents.get(event as object) !== token);
  for (let start = 0; start < unchecked.length; start += EVENTS_PER_TASK) {
    if (start) await nextTask();
    if (!validateArticle({ ...article, events: unchecked.slice(start, start + EVENTS_PER_TASK) }).valid)
      return validateArticle(article).problems;
  }
  // Every event is an object with a string id by now. The set of the last list's ids is taken over only if no other
  // check has taken it meanwhile (between slices); a new one is made otherwise.
  const taken = last && lastValid === last;
  const seen = taken ? last.ids : new Set<string>();
  const added: string[] = [];
  for (const { id } of (taken ? events.slice(from) : events) as { id: string }[]) {
    if (seen.has(id)) {
      if (taken) for (const key of added) seen.delete(key);
      return validateArticle(article).problems;
    }
    seen.add(id);
    added.push(id);
  }
  for (const event of unchecked) validEvents.set(event as object, token);
  lastValid = { events: new WeakRef(events), length: events.length, ids: seen, token };
  return [];
}
