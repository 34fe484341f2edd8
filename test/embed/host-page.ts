// The CMS-like host page of the embed tests, and how they measure an embed.
export interface Oembed {
  html: string;
  height: number;
  width: number;
  type: string;
}
export interface Snippets {
  card: Oembed;
  timeline: Oembed;
  origin: string;
}

/** The oEmbed documents of the embeds written for the tests (written as the first test asks for them). */
export async function loadSnippets(): Promise<Snippets> {
  return (await fetch('/test/embed/snippets.json')).json();
}

/**
 * The host page: an article's paragraphs around the pasted snippet. Its scripts run as a CMS page's
 * would, or only when the test calls `runScripts` if `scriptsLater`.
 */
export function host(snippet: string, { scriptsLater = false } = {}) {
  const article = document.createElement('article');
  article.innerHTML = `<h1>Host page</h1><p>Text before the embed.</p><div class="slot"></div><p class="after">Text after the embed.</p>`;
  const slot = article.querySelector('.slot')!;
  slot.innerHTML = snippet;
  const runScripts = () => {
    for (const inert of slot.querySelectorAll('script')) {
      const script = document.createElement('script');
      script.src = inert.src;
      inert.replaceWith(script);
    }
  };
  if (!scriptsLater) runScripts();
  document.body.append(article);
  return { article, frame: slot.querySelector('iframe')!, runScripts };
}

/** The content height of an embed page, measured in a same-origin copy of it at the same width. */
export async function contentHeight(src: string, width: number) {
  const url = new URL(src);
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: absolute; left: -10000px; width: ${width}px; height: 100px; border: 0`;
  frame.src = `${url.pathname}${url.search}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  // No scrollbar in the short copy (Firefox's would narrow the column), as none in the iframe that fits its content.
  frame.contentDocument!.documentElement.style.overflow = 'hidden';
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const height = Math.ceil(frame.contentDocument!.body.getBoundingClientRect().height);
  frame.remove();
  return height;
}

export const heightOf = (frame: HTMLIFrameElement) => Math.round(frame.getBoundingClientRect().height);
