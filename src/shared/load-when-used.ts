// The one way quote-cards loads code lazily: `whenUsed` for what a page uses (an element, an
// attribute), found in the document or any shadow root; `loadFor` for what a component needs (a
// window, a share bar, the live source). A chunk that fails to load is never an unhandled
// rejection: what needed it says so, with a button that tries again.
import { errorState } from './article-state.js';
import { translation, type Translation } from './i18n.js';

type Root = Document | ShadowRoot;

/**
 * Something a page may use: the selector that finds it, and the code to load then; `quiet` when the
 * elements found do without it should it fail (the themes: the components keep their own look).
 */
export type Use = [selector: string, load: () => Promise<unknown>, quiet?: boolean];

/** The document and every shadow root seen (the themes chunk adopts its style sheet in each). */
export const roots = new Set<Root>();
let uses: Use[];
let observer: MutationObserver | undefined;
let options: MutationObserverInit;

/**
 * Calls each use's `load` once an element matching its selector is in the document or in a shadow
 * root, now or later (added, or given one of `attributes`). Only added nodes are looked at, and once
 * everything has loaded nothing is observed any more. Should a chunk fail, it is loaded again when
 * another such element comes; each element it defines shows the failure with a button to try again.
 */
export function whenUsed(wanted: Use[], attributes: string[]): void {
  uses = wanted;
  options = { childList: true, subtree: true, attributeFilter: attributes };
  observer = new MutationObserver(observed);
  const { attachShadow } = Element.prototype;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    watch(root);
    return root;
  };
  watch(document);
}

function observed(records: MutationRecord[]): void {
  for (const { type, target, addedNodes } of records) for (const node of type[0] == 'a' ? [target] : addedNodes) look(node);
}

/** Observes `root` and the shadow roots in it; `now`: loads what is used there already. */
function watch(root: Root, now = true): void {
  if (!observer) return;
  roots.add(root);
  observer.observe(root, options);
  if (now) look(root);
  // Shadow roots already there; those attached from now on are watched as they are.
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) watch(element.shadowRoot, now);
}

function look(node: Node): void {
  for (const use of uses) {
    const [selector, load, quiet] = use;
    if (!((node as Element).matches?.(selector) || (node as Element).querySelector?.(selector))) continue;
    uses = uses.filter((other) => other != use);
    if (!uses.length) {
      observer!.disconnect();
      observer = undefined;
    }
    // The buttons put in elements not defined: gone once the code has loaded (each element then renders itself).
    const buttons: Element[] = [];
    const attempt = (): unknown =>
      load().then(
        () => buttons.splice(0).forEach((button) => button.remove()),
        () => {
          // Not loaded: the next such element tries again; each one there now offers to.
          if (!uses.includes(use)) uses.push(use);
          // (Not those there now: they offer to try again, below.)
          if (!observer) watch(document, !(observer = new MutationObserver(observed)));
          if (!quiet)
            for (const root of roots) {
              // A component already defined (a <quote-article live> whose polling did not load) shows the error itself.
              for (const element of root.querySelectorAll<Element & Partial<LoadingHost>>(`${selector}:defined`)) {
                if (!element.requestUpdate || element.failed) continue;
                element.failed = () => ((element.failed = undefined), element.requestUpdate!(), attempt());
                element.requestUpdate();
              }
              for (const element of root.querySelectorAll(`${selector}:not(:defined)`)) {
                // The reader's language if its strings are there, else English (the network is failing).
                const strings = translation((element.closest('[lang]') as HTMLElement | null)?.lang);
                const { offline, retry } = strings instanceof Promise ? (translation('en') as Translation) : strings;
                // In the light DOM: once defined, the element renders its shadow root instead.
                const button = Object.assign(document.createElement('button'), {
                  textContent: `${offline[0]}: <${selector}> ${NOT_LOADED}. ${retry}`,
                  onclick: () => (button.remove(), attempt()),
                });
                buttons.push(element.appendChild(button));
              }
            }
        },
      );
    attempt();
  }
}

/** The error shown when the code of `what` did not load. */
export const notLoaded = (what: string) => errorState('code', [{ path: `<${what}>`, message: NOT_LOADED }]);

const NOT_LOADED = 'its code did not load';

/** What a component must offer to load code through {@link loadFor}. */
export interface LoadingHost {
  /** Set when code failed to load: the component shows the error with a button that calls it. */
  failed?: () => void;
  requestUpdate(): void;
}

/**
 * Loads a chunk `host` needs and calls `use` with it. Should either fail, `host.failed` is set: the
 * component shows the error, and its button loads the code again. Never rejects.
 */
export function loadFor<T>(host: LoadingHost, load: () => Promise<T>, use: (module: T) => unknown): Promise<unknown> {
  return load()
    .then(use)
    .catch(() => {
      host.failed = () => {
        host.failed = undefined;
        host.requestUpdate();
        void loadFor(host, load, use);
      };
      host.requestUpdate();
    });
}
