import { html, nothing } from 'lit';
import type { ArticleState } from './article-state.js';
import type { UiStrings } from './i18n.js';

const SHOWN_PROBLEMS = 8;

/**
 * What a component shows instead of its content while the article loads, or when it is missing
 * or broken. Loading is a placeholder in the shape of a card (`--qc-status-min-height` tall),
 * the words said to assistive technology only. An error tells the reader, in the interface
 * language, that the article cannot be shown, with a "Try again" where fetching again may help;
 * the problems with their JSON paths, for developers, are in a closed disclosure (and the console).
 */
export function renderStateView(state: Exclude<ArticleState, { status: 'ready' }>, strings: UiStrings, retry?: () => void) {
  if (state.status === 'loading') return html`<div part="status" class="status loading" role="status">${strings.loading}</div>`;
  const { problems } = state.error;
  const hidden = problems.length - SHOWN_PROBLEMS;
  return html`<div part="status error" class="status error" role="status">
    <b>${strings.invalid}</b>
    ${retry ? html`<button @click=${retry}>${strings.retry}</button>` : nothing}
    <details>
      <ul>
        ${problems.slice(0, SHOWN_PROBLEMS).map((problem) => html`<li><code>${problem.path}</code>: ${problem.message}</li>`)}
        ${hidden > 0 ? html`<li>+${hidden}</li>` : nothing}
      </ul>
    </details>
  </div>`;
}
