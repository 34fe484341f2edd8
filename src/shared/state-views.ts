import { html, type TemplateResult } from 'lit';
import type { ArticleError, ArticleState } from './article-state.js';
import { translation, type Translation } from './i18n.js';

/** Renders an error for readers (see error-view.ts). */
export type ErrorView = (error: ArticleError, strings: Translation, element: Element, retry?: () => void) => TemplateResult;

let errorView: ErrorView | undefined;
let errorViewLoad: Promise<unknown> | undefined;

/**
 * @internal Makes the error view available at once, where rendering cannot wait for it: on a
 * server, and in the script that hydrates what a server rendered (elsewhere it is fetched the first
 * time an error is shown).
 */
export function provideErrorView(view: ErrorView): void {
  errorView = view;
}

/**
 * What a component shows instead of its content while the article loads, or when it is missing
 * or broken. Loading is a placeholder in the shape of a card (`--qc-status-min-height` tall),
 * the words said to assistive technology only; it also stands while the interface language's
 * strings, or the error view, are on their way, so that no English flashes and nothing jumps.
 * Returns the view, and what it waits for, if anything (the element renders again when it settles).
 */
export function renderStateView(
  state: Exclude<ArticleState, { status: 'ready' }>,
  lang: string,
  element: Element,
  retry?: () => void,
): [TemplateResult, Promise<unknown>?] {
  const error = state.status === 'error';
  const strings = translation(lang, error);
  if (error && !errorView) {
    errorViewLoad ??= import('./error-view.js').then(
      (module) => provideErrorView(module.renderErrorView),
      // Offline, say: the heading at least, in whatever language arrived.
      () =>
        provideErrorView((_error, { offline }) => html`<div part="status error" class="status error" role="status">${offline[0]}</div>`),
    );
    return [placeholder(), errorViewLoad];
  }
  return strings instanceof Promise
    ? [placeholder(), strings]
    : [error ? errorView!(state.error, strings, element, retry) : placeholder(strings)];
}

function placeholder(strings?: Translation) {
  return html`<div part="status" class="status loading" role="status">${strings?.loading}</div>`;
}
