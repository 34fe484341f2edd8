/**
 * Calls `load` (a dynamic import) once, as soon as an element matching `selector` is in the
 * document, now or later (added, or given the attribute).
 */
export function loadWhenUsed(selector: string, load: () => Promise<unknown>, attribute?: string): void {
  const check = () => document.querySelector(selector) && (observer.disconnect(), load());
  const observer = new MutationObserver(check);
  if (!check()) observer.observe(document, { childList: true, subtree: true, attributeFilter: attribute ? [attribute] : [] });
}
