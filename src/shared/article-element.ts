import { ContextConsumer } from '@lit/context';
import { html, isServer, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Article } from '../model/article.js';
import { articleContext, errorState, loadArticle, stateOf, type ArticleState } from './article-state.js';
import { listenForTranslations, translation, type Translation } from './i18n.js';
import { renderStateView } from './state-views.js';
import { baseStyles } from './styles.js';

/**
 * What every quote-cards element shares: it gets its article from the `article` property, from a
 * `src` URL, or from an enclosing `<quote-article>`, in that order; it shows the loading and error
 * states; subclasses render only a ready article.
 */
export class ArticleElement extends LitElement {
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
   * The article, as a parsed JSON object. It is validated when set; takes precedence over `src`
   * and over an enclosing `<quote-article>`.
   */
  declare article?: Article | unknown;

  /** URL of an article JSON file to fetch. Elements that name the same URL share one request. */
  declare src?: string;

  /** @internal The `lang` attribute, observed so that setting it (or `el.lang`) renders again. */
  declare protected langAttribute?: string;

  /** @internal */
  declare protected loaded?: ArticleState;

  /** @internal */
  protected provided = new ContextConsumer(this, { context: articleContext, subscribe: true });

  private loadToken = 0;

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

  /** What the last render waited for: the interface language's strings, or the error view. */
  private waiting?: Promise<unknown>;

  override connectedCallback(): void {
    super.connectedCallback();
    listenForTranslations(this);
  }

  /** Resolves once the element has rendered what it shows, with the strings of its language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const waiting = this.waiting;
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
    if (changed.has('src')) this.load();
  }

  override render() {
    const state = this.articleState;
    // A long list of events checked after the first screen may turn the state into an error.
    if (state.status === 'ready') state.checking?.then(() => this.requestUpdate());
    // While the article loads, what the page put inside the element (a fallback <blockquote>, the
    // cards inside <quote-article>) shows instead of a loading message, so that nothing jumps twice.
    if (state.status === 'loading' && this.querySelector(':scope > :not(script)')) return html`<slot></slot>`;
    // Until the strings of the interface language arrive, the placeholder stands, so that no English flashes.
    const lang = this.displayLang;
    const shown =
      translation(lang) instanceof Promise
        ? state.status === 'ready'
          ? ({ status: 'loading', src: '' } as const)
          : state
        : this.content();
    if (!('status' in shown)) return shown;
    // Whatever went wrong with an article fetched from `src`, fetching it again may help.
    const [view, waiting] = renderStateView(shown, lang, this, this.src ? () => this.reload() : undefined);
    this.waiting = waiting?.then(() => this.requestUpdate());
    return view;
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
  protected renderArticle(_article: Article): TemplateResult | Exclude<ArticleState, { status: 'ready' }> {
    return html``;
  }

  /** @internal */
  override updated(): void {}

  /** Fetches `src` again, for example after a network failure. */
  reload(): void {
    this.load();
  }

  private load(): void {
    const token = ++this.loadToken;
    this.loaded = undefined;
    if (this.src) {
      loadArticle(this.src).then((loaded) => {
        if (token === this.loadToken) this.loaded = loaded;
      });
    }
  }
}

/** The error state of an element whose article is fine but lacks what it was asked to show. */
export function missingState(path: string, message: string): Extract<ArticleState, { status: 'error' }> {
  return errorState('missing', [{ path, message, code: 'missing' }]);
}
