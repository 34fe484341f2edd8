import { html, nothing } from 'lit';
import type { ArticleState } from './article-state.js';
import type { UiStrings } from './i18n.js';

const SHOWN_PROBLEMS = 8;

/**
 * What a component shows instead of its content while the article loads, or when it is missing
 * or broken: the error lists each problem with its JSON path.
 */
export function renderStateView(state: Exclude<ArticleState, { status: 'ready' }>, strings: UiStrings, retry?: () => void) {
  if (state.status === 'loading') return html`<div part="status" class="status" role="status">${strings.loading}</div>`;
  const { problems } = state.error;
  const hidden = problems.length - SHOWN_PROBLEMS;
  return html`<div part="status error" class="status error" role="status">
    <b>${strings.invalid}</b>
    <ul>
      ${problems.slice(0, SHOWN_PROBLEMS).map((problem) => html`<li><code>${problem.path}</code>: ${problem.message}</li>`)}
      ${hidden > 0 ? html`<li>+${hidden}</li>` : nothing}
    </ul>
    ${retry ? html`<button @click=${retry}>${strings.retry}</button>` : nothing}
  </div>`;
}
