// The error view, fetched the first time an element has an error to show: pages whose articles load
// never download it.
import { css, html, isServer, nothing } from 'lit';
import { describeProblem } from '../model/problems.js';
import type { ArticleError } from './article-state.js';
import { problemText, type StateText, type Translation } from './i18n.js';

const SHOWN_PROBLEMS = 8;

/**
 * The error's look, which arrives with it: the main file carries only the box the loading state
 * shares. Themed by the tokens; system colours in forced-colours (high contrast) modes.
 */
export const errorStyles = css`
  .error {
    --_error: var(--qc-color-error, color-mix(in srgb, red, currentColor));
    display: grid;
    align-content: center;
    justify-items: start;
    gap: 0.375rem;
    border-inline-start: 4px solid var(--_error);
  }
  [part='error-heading'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-size: 1rem;
    line-height: 1.3;
  }
  .error svg {
    flex: none;
    fill: var(--_error);
    fill-rule: evenodd;
  }
  .error > span {
    color: var(--_muted);
  }
  [part='retry'] {
    box-sizing: border-box;
    min-height: 2.5rem;
    margin-block: 0.375rem;
    padding: 0.5rem 1.25rem;
    border: 1px solid;
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [part='retry']:hover {
    background: color-mix(in srgb, var(--_accent) 12%, #0000);
  }
  .error :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  details {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  summary {
    width: fit-content;
    cursor: pointer;
  }
  details ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  code {
    font:
      0.75rem ui-monospace,
      monospace;
  }
  @media (forced-colors: active) {
    .error {
      border-inline-start-color: CanvasText;
    }
    .error svg {
      fill: CanvasText;
    }
    [part='retry'] {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .error :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** A circled exclamation mark, beside the heading. */
// prettier-ignore
const icon = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm-1.25 5h2.5v7h-2.5zm0 9h2.5v2.5h-2.5z"></path></svg>`;

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
  if (!isServer) {
    if (warned.get(element) !== text) console.warn(`<${element.localName}> ${text}`);
    adoptErrorStyles(element.shadowRoot);
  }
  warned.set(element, text);
  const hidden = problems.length - SHOWN_PROBLEMS;
  return html`<div part="status error" class="status error" role="status">
    <b part="error-heading">${icon}${heading}</b>
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

/** Adds the error's styles to a shadow root, once, as a constructed stylesheet (which a strict style-src allows). */
function adoptErrorStyles(root: ShadowRoot | null): void {
  const sheet = errorStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
