import { ContextConsumer } from '@lit/context';
import { html, isServer, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Article } from '../model/article.js';
import { articleContext, errorState, loadArticle, stateOf, type ArticleState } from './article-state.js';
import { translation, translationListeners, type Translation } from './i18n.js';
import { notLoaded, type LoadingHost } from './load-when-used.js';
import { renderStateView } from './state-views.js';
import { baseStyles } from './styles.js';
import { validatorLoading } from './validator.js';

/**
 * What every quote-cards element shares: it gets its article from the `article` property, from a
 * `src` URL, or from an enclosing `<quote-article>`, in that order; it shows the loading and error
 * states; subclasses render only a ready article.
 */
export abstract class ArticleElement extends LitElement implements LoadingHost {
  static override styles = [baseStyles];

  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    src: {},
    // Not `lang` itself: a reactive `lang` would replace the platform's accessor, and `el.lang = 'id'`
    // would no longer set the attribute. The attribute is observed under another name instead.
    langAttribute: { attribute: 'lang' },
    loaded: { state: true },
  };

  /**
   * The article, as a parsed JSON object. It is validated when set (again when set on another
   * element, should the page have changed it in place since); takes precedence over `src` and over
   * an enclosing `<quote-article>`.
   */
  declare article?: Article | unknown;

  /**
   * URL of an article JSON file to fetch. Elements that name the same URL while it is being fetched
   * share one request; removing the element aborts its fetch.
   */
  declare src?: string;

  /** @internal The `lang` attribute, observed so that setting it (or `el.lang`) renders again. */
  declare protected langAttribute?: string;

  /** @internal */
  declare protected loaded?: ArticleState;

  /** @internal */
  protected provided = new ContextConsumer(this, { context: articleContext, subscribe: true });

  /** @internal Set when code this element needs failed to load: its error shows, with a button that calls it. */
  failed?: () => void;

  private stop?: AbortController;

  /** What the last render waited for: the interface language's strings, or the error view. */
  private waiting?: Promise<unknown>;

  /** The article's state as this element sees it. */
  get articleState(): ArticleState {
    if (this.article !== undefined) return stateOf(this.article);
    if (this.src) return this.loaded ?? { status: 'loading', src: this.src };
    return this.provided.value ?? missingState('(article)', 'none given: set article or src, or put it in a <quote-article>');
  }

  /** @internal The interface strings (the element renders its content only once those of its language have arrived). */
  protected get strings(): Translation {
    const strings = translation(this.displayLang);
    // Outside render (a timeline's willUpdate), before they have arrived: English, which the element's chunk brought.
    return strings instanceof Promise ? (translation('en') as Translation) : strings;
  }

  /** Resolves once the element has rendered what it shows, checked, with the strings of its language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    // (In the CDN files, the validator too: until it has arrived, every article shows as loading.)
    const waiting = this.waiting || validatorLoading;
    this.waiting = undefined;
    return waiting ? (await waiting, this.getUpdateComplete()) : complete;
  }

  /**
   * The language the interface speaks (strings, dates): the element's own `lang` (the platform's
   * property and attribute), else the article's, else the nearest `lang` around it.
   */
  protected get displayLang(): string {
    const state = this.articleState;
    // A server's element has no platform `lang` and no document around it: the observed attribute is what it knows.
    const own = isServer ? this.langAttribute : this.lang;
    return own || (state.status === 'ready' && state.article.lang) || (!isServer && this.closest('[lang]')?.getAttribute('lang')) || 'en';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // An object given is checked again unless it was in this task: the page may have changed it since.
    if (changed.has('article')) stateOf(this.article, false, true);
    if (changed.has('src')) this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    translationListeners.add(this);
    // In the CDN file, articles show as loading until the validator has arrived: then they are checked and shown.
    validatorLoading?.then(() => this.requestUpdate());
    // Removed while it loaded (its fetch aborted), and back.
    if (this.stop?.signal.aborted && !this.loaded) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.abort();
  }

  override render() {
    const state = this.articleState;
    // A long list of events checked after the first screen may turn the state into an error. (Only once the state has
    // changed: rendering the same state again on a settled check would never yield.)
    if (state.status === 'ready') state.checking?.then(() => this.articleState !== state && this.requestUpdate());
    // While the article loads, what the page put inside the element (a fallback <blockquote>, the
    // cards inside <quote-article>) shows instead of a loading message, so that nothing jumps twice.
    if (state.status === 'loading' && !this.failed && this.querySelector(':scope > :not(script)')) return html`<slot></slot>`;
    // Until the strings of the interface language arrive, the placeholder stands, so that no English flashes.
    const lang = this.displayLang;
    const shown =
      translation(lang) instanceof Promise
        ? state.status === 'ready'
          ? ({ status: 'loading', src: '' } as const)
          : state
        : this.content();
    // Shown after an article that is there: code it needed that did not load, or why its latest version from `src` is not shown.
    const problem =
      'status' in shown
        ? shown
        : this.failed
          ? notLoaded(this.localName)
          : state.status === 'ready' && state.error && errorState(state.error.kind, state.error.problems);
    // Whatever went wrong with an article fetched from `src`, fetching it again may help; so may loading code again.
    const [view, waiting] = problem
      ? renderStateView(problem, lang, this, this.failed ?? (this.src ? () => this.reload() : undefined))
      : [];
    this.waiting = waiting?.then(() => this.requestUpdate());
    return 'status' in shown ? view : view ? [shown, view] : shown;
  }

  /**
   * What to show: the rendered article, or the state (loading, error) to show instead.
   * @internal
   */
  protected content(): TemplateResult | Exclude<ArticleState, { status: 'ready' }> {
    const state = this.articleState;
    return state.status === 'ready' ? this.renderArticle(state.article) : state;
  }

  /**
   * Renders the ready article, or returns an error state when the article lacks what this
   * element was asked to show (an unknown `quote-id`, say).
   * @internal
   */
  protected abstract renderArticle(article: Article): TemplateResult | Exclude<ArticleState, { status: 'ready' }>;

  /** @internal */
  override updated(): void {}

  /**
   * Fetches `src` again, asking the server whether the article has changed (for example after a
   * network failure). The article shown stays until the new one is there, and stays should it fail.
   */
  reload(): void {
    this.load(true);
  }

  private load(reload?: boolean): void {
    this.stop?.abort();
    const { signal } = (this.stop = new AbortController());
    if (!reload || this.loaded?.status !== 'ready') this.loaded = undefined;
    if (this.src) void loadArticle(this.src, signal, reload).then((state) => signal.aborted || this.show(state));
  }

  /**
   * Shows a state of the article from `src` (a live article's next version, too) and tells the
   * page: `quote-article-load`, `-update` (another version of an article already shown) or `-error`.
   * A failure while an article is shown keeps it, with the error beside it.
   * @internal
   */
  show(state: ArticleState): void {
    this.tell(state, this.loaded);
  }

  /** `was`: the state shown before (a long list of events is told once checked). */
  private tell(state: ArticleState, was: ArticleState | undefined): void {
    if (state.status === 'error' && was?.status === 'ready') state = { status: 'ready', article: was.article, error: state.error };
    this.loaded = state;
    if (state.status === 'ready' && state.checking)
      return void state.checking.then((next) => this.loaded === state && this.tell(next, was));
    const { article, error } = state as { article?: Article; error?: unknown };
    const type = error ? 'error' : was?.status === 'ready' ? 'update' : 'load';
    this.dispatchEvent(new CustomEvent(`quote-article-${type}`, { bubbles: true, detail: { src: this.src, article, error } }));
  }
}

/** The error state of an element whose article is fine but lacks what it was asked to show. */
export function missingState(path: string, message: string): Extract<ArticleState, { status: 'error' }> {
  return errorState('missing', [{ path, message }]);
}
