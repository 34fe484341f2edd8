/** Every element under `root`, descending into open shadow roots. */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root instanceof Element) {
    found.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** Waits until every Lit element under `root` (shadow roots included) has finished updating. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const pending = deepElements(root)
      .map((element) => (element as Element & { updateComplete?: Promise<boolean> }).updateComplete)
      .filter((update): update is Promise<boolean> => update !== undefined);
    const results = await Promise.all(pending);
    if (results.every(Boolean)) return;
  }
}

/** The text of an element including its shadow tree, white space collapsed. */
export function deepText(element: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const shadow = (node as Element).shadowRoot;
    for (const child of (shadow ?? node).childNodes) visit(child);
    if (shadow) for (const child of node.childNodes) visit(child);
  };
  visit(element);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Runs `run` with console.warn silenced (error states warn by design). */
export async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const original = console.warn;
  console.warn = () => {};
  try {
    return await run();
  } finally {
    console.warn = original;
  }
}
