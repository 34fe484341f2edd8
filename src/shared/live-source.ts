// Loaded for a `<quote-article live>` only (the CDN file fetches it when a page first uses `live`):
// following the article at `src` as it changes, by asking for it again (polling with conditional
// requests) or by listening to a Server-Sent Events stream. Importing it makes every
// <quote-article live> follow its article.
import { QuoteArticle } from '../components/quote-article/quote-article.component.js';
import { errorState, LOAD_TIMEOUT_MS, parseArticle, type ArticleState } from './article-state.js';
import { roots } from './load-when-used.js';

/** A response's `ETag` and `Last-Modified`. */
type Validators = [etag: string | null, lastModified: string | null];

/**
 * How to ask for `src` again. On the page's own origin, with the last answer's validators as
 * `If-None-Match` / `If-Modified-Since`, past the HTTP cache: every engine then sends them, and the
 * server's 304 comes to the code as such (WebKit was seen revalidating nothing for `cache: 'no-cache'`).
 * From another origin those headers would cost a CORS preflight per request (they are not
 * safelisted, and `ETag` is not readable unless exposed), so the browser is asked to revalidate its
 * own copy (`cache: 'no-cache'`): Chromium and Firefox send the conditional headers then, and hand a
 * 304 back as the body they kept; an engine that downloads the whole article again costs bandwidth,
 * not a render (an answer identical to what is shown is ignored).
 */
function conditional(src: string, [etag, lastModified]: Validators): RequestInit {
  if (new URL(src, document.baseURI).origin !== location.origin) return { cache: 'no-cache' };
  const headers: Record<string, string> = {};
  if (etag) headers['if-none-match'] = etag;
  else if (lastModified) headers['if-modified-since'] = lastModified;
  return { cache: 'no-store', headers };
}

/** What is followed: an element with `src` (see ArticleElement). */
interface Followed extends Element {
  src?: string;
  articleState: ArticleState;
  show(state: ArticleState): void;
}

/** Seconds between two requests when the `interval` attribute gives none. */
export const DEFAULT_INTERVAL = 30;

/** Each failure in a row doubles the wait, up to this many times the interval. */
const MOST_BACKOFF = 32;

/** While the page is hidden, requests wait for it to be shown again. */
const whenVisible = (signal: AbortSignal) =>
  new Promise((resolve) => (document.hidden ? document.addEventListener('visibilitychange', resolve, { once: true, signal }) : resolve(0)));

const failure = (kind: 'http' | 'network' | 'timeout', path: string, message: string) => errorState(kind, [{ path, message }]);

/**
 * Follows the article of `element` (its `src`) until `signal` is aborted: every new version is given
 * to `element.show`, which shows it (a failure keeps the article shown, the error beside it) and
 * tells the page. With a `stream` attribute, its Server-Sent Events; otherwise requests every
 * `interval` seconds.
 */
export function follow(element: Followed, signal: AbortSignal): void {
  const stream = element.getAttribute('stream');
  let failures = 0;
  let last: string | undefined;
  /** The last answer's ETag and Last-Modified, sent back to ask whether the article changed. */
  let validators: Validators = [null, null];
  const later = (run: () => unknown) => {
    const seconds = Number(element.getAttribute('interval')) || DEFAULT_INTERVAL;
    const cancel = () => clearTimeout(timer);
    const timer = setTimeout(
      () => (signal.removeEventListener('abort', cancel), run()),
      Math.abs(seconds) * 1000 * Math.min(2 ** failures, MOST_BACKOFF),
    );
    signal.addEventListener('abort', cancel);
  };
  /**
   * The server answered with the version last received (a 304, or the same text). After failures to
   * reach it, the wait is the interval again, and the error beside the article goes (unless that
   * version was itself the problem: invalid, or not JSON).
   */
  const unchanged = () => {
    if (!failures) return;
    failures = 0;
    const shown = element.articleState;
    if (shown.status === 'ready' && shown.error && !['invalid', 'json'].includes(shown.error.kind) && !signal.aborted)
      element.show({ status: 'ready', article: shown.article });
  };
  /** Shows a version of the article unless it is the one shown. */
  const take = (body: string, path: string) => {
    if (body === last) return unchanged();
    const shown = element.articleState;
    const first = last === undefined;
    last = body;
    const state = parseArticle(body, path);
    // The first answer is usually the version loaded with the page.
    if (first && state.status === 'ready' && shown.status === 'ready' && JSON.stringify(state.article) === JSON.stringify(shown.article))
      return;
    tell(state);
  };
  const tell = (state: ArticleState) => {
    failures = state.status === 'error' ? failures + 1 : 0;
    if (!signal.aborted) element.show(state);
  };
  if (stream) listen();
  else later(poll);

  function listen() {
    const source = new EventSource(stream!);
    signal.addEventListener('abort', () => source.close());
    source.onopen = () => (failures = 0);
    source.onmessage = ({ data }) => take(data as string, stream!);
    source.onerror = () => {
      // A dropped connection is taken up again by the browser; a stream that failed (an HTTP error,
      // not an event stream) is closed, and listened to again later.
      if (source.readyState !== EventSource.CLOSED) return;
      tell(failure('http', stream!, 'the stream failed'));
      later(listen);
    };
  }

  async function poll() {
    await whenVisible(signal);
    if (signal.aborted) return;
    const src = element.src!;
    const request = new AbortController();
    const stop = () => request.abort();
    signal.addEventListener('abort', stop);
    let late = false;
    const timer = setTimeout(() => ((late = true), stop()), LOAD_TIMEOUT_MS);
    try {
      const response = await fetch(src, { ...conditional(src, validators), signal: request.signal });
      const body = await response.text();
      if (response.ok) {
        validators = [response.headers.get('etag'), response.headers.get('last-modified')];
        take(body, src);
      } else if (response.status === 304) unchanged();
      else tell(failure('http', src, `the server answered ${response.status}`));
    } catch {
      if (signal.aborted) return;
      tell(late ? failure('timeout', src, `no answer in ${LOAD_TIMEOUT_MS / 1000} s`) : failure('network', src, 'network failure'));
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
    }
    // One request at a time: the next is asked for once this one has been answered.
    if (!signal.aborted) later(poll);
  }
}

/** What each <quote-article> follows, and how it stops. */
const following = new WeakMap<QuoteArticle, { src: string; stop: AbortController }>();

const { connectedCallback, disconnectedCallback, updated } = QuoteArticle.prototype;

function stop(element: QuoteArticle): void {
  following.get(element)?.stop.abort();
  following.delete(element);
}

QuoteArticle.prototype.updated = function (this: QuoteArticle) {
  updated.call(this);
  const { src } = this;
  const now = following.get(this);
  if (now && (now.src !== src || !this.live)) stop(this);
  // From the first answer on (shown, or failed): never a request beside the one that loads the article.
  if (this.live && src && this.isConnected && !following.has(this) && this.articleState.status !== 'loading') {
    const controller = new AbortController();
    following.set(this, { src, stop: controller });
    follow(this, controller.signal);
  }
};

QuoteArticle.prototype.disconnectedCallback = function (this: QuoteArticle) {
  disconnectedCallback.call(this);
  stop(this);
};

QuoteArticle.prototype.connectedCallback = function (this: QuoteArticle) {
  connectedCallback.call(this);
  // Back in the page: followed again.
  if (this.hasUpdated) this.requestUpdate();
};

// Those already in the page when this code arrived.
for (const root of new Set([document, ...roots]))
  for (const element of root.querySelectorAll('quote-article[live]')) (element as QuoteArticle).requestUpdate();
