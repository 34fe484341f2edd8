// The error view, fetched the first time an element has an error to show: pages whose articles load
// never download it.
import { html, isServer, nothing } from 'lit';
import { describeProblem } from '../model/problems.js';
import type { ArticleError } from './article-state.js';
import { problemText, type StateText, type Translation } from './i18n.js';

const SHOWN_PROBLEMS = 8;

/** What each element last wrote to the console. */
const warned = new WeakMap<Element, string>();

/** The heading and sentence a reader sees for an error: what happened, in their words, not the server's. */
export function stateTextOf(error: ArticleError, strings: Translation): StateText {
  const status = error.problems[0]?.params?.status;
  return error.kind === 'http'
    ? status === 404 || status === 410
      ? strings.notFound
      : strings.unavailable
    : error.kind === 'network' || error.kind === 'timeout' || error.kind === 'code'
      ? strings.offline
      : error.kind === 'missing'
        ? strings.missing
        : strings.invalid;
}

/**
 * An error for readers, in the interface language: a heading and a sentence saying what happened,
 * with a "Try again" where fetching again may help. The problems, with their JSON paths and URLs,
 * are for developers: in a closed disclosure, and in the console (in English, once per element and error).
 */
export function renderErrorView(error: ArticleError, strings: Translation, element: Element, retry?: () => void) {
  const [heading, detail] = stateTextOf(error, strings);
  const { problems } = error;
  const text = problems.map(describeProblem).join('; ');
  if (!isServer && warned.get(element) !== text) console.warn(`<${element.localName}> ${text}`);
  warned.set(element, text);
  const hidden = problems.length - SHOWN_PROBLEMS;
  return html`<div part="status error" class="status error" role="status">
    <b part="error-heading">${heading}</b>
    <span>${detail}</span>
    ${retry ? html`<button part="retry" type="button" @click=${retry}>${strings.retry}</button>` : nothing}
    <details part="error-details">
      <summary>${strings.details}</summary>
      <ul>
        ${problems.slice(0, SHOWN_PROBLEMS).map((problem) => html`<li><code>${problem.path}</code>: ${problemText(problem, strings)}</li>`)}
        ${hidden > 0 ? html`<li>+${hidden}</li>` : nothing}
      </ul>
    </details>
  </div>`;
}
