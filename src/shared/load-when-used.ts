/**
 * Calls `load` (a dynamic import that registers `tag`) as soon as an element named `tag` is in
 * the document, now or later. Until then the tag stays undefined, and `:not(:defined)` styles hold
 * its place.
 */
export function loadWhenUsed(tag: string, load: () => Promise<unknown>): void {
  const present = () => !customElements.get(tag) && document.querySelector(tag) && (observer.disconnect(), load());
  const observer = new MutationObserver(present);
  if (!present()) observer.observe(document, { childList: true, subtree: true });
}
