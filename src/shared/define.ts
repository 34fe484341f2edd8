/**
 * Registers a custom element unless the tag is already taken: a second copy of the script, or
 * another library using the same name, leaves a warning in the console instead of an exception.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor && !(existing.prototype instanceof constructor)) {
    console.warn(`quote-cards: <${tag}> is defined by other code: left as is.`);
  }
}
