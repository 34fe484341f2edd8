/**
 * quote-cards/ssr: renders the components to HTML in Node, with declarative shadow DOM
 * (`<template shadowrootmode="open">`), which browsers show before any script runs and which the
 * CDN file (or the npm modules with `@lit-labs/ssr-client/lit-element-hydrate-support.js` loaded
 * first) hydrates without rendering again. Needs the optional peer dependency `@lit-labs/ssr`.
 *
 * Context does not flow during server rendering, so the article is passed explicitly. Each
 * function returns one self-contained `<quote-article>`: the components inside it, the article
 * inline as `<script type="application/json">` (so that the components find on the client the
 * data they were rendered from), and, for each card, its schema.org JSON-LD as a light-DOM
 * `<script type="application/ld+json" data-quote-cards>` child. An invalid article renders the
 * error state, with every problem's JSON path.
 *
 * ```js
 * import { renderQuoteCard } from 'quote-cards/ssr';
 * const html = await renderQuoteCard(article, { quoteId: 'q9', format: 'landscape' });
 * ```
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing, type LitElement, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { ArticleTimeline } from './components/article-timeline/article-timeline.component.js';
import { QuoteArticle } from './components/quote-article/quote-article.component.js';
import { QuoteCard } from './components/quote-card/quote-card.component.js';
import { SpeakerBadge } from './components/speaker-badge/speaker-badge.component.js';
import type { Article } from './model/article.js';
import { validateArticle } from './model/validate.js';
import { jsonLdText, quotationJsonLd } from './shared/json-ld.js';
import { errorStyles, renderErrorView } from './shared/error-view.js';
import { addBuiltInTranslation } from './shared/i18n.js';
import { provideErrorView } from './shared/state-views.js';
import ar from './translations/ar.js';
import en from './translations/en.js';
import id from './translations/id.js';

// A server renders at once: every built-in language and the error view are here before the first element.
addBuiltInTranslation(en, id, ar);
provideErrorView(renderErrorView);

export { jsonLdText, quotationJsonLd } from './shared/json-ld.js';
export { registerTranslation, type Translation, type TranslationInput } from './shared/i18n.js';
export type { JsonLdNewsArticle, JsonLdOrganization, JsonLdPerson, JsonLdQuotation } from './shared/json-ld.js';

const ELEMENTS = {
  'quote-article': QuoteArticle,
  'quote-card': QuoteCard,
  'speaker-badge': SpeakerBadge,
  'article-timeline': ArticleTimeline,
} as const;

/** The tags `renderComponent` renders. */
export type ComponentTag = keyof typeof ELEMENTS;

/** Attributes of a component, by their HTML names; `undefined`, `null` and `false` leave one out. */
export type Attributes = Record<string, string | number | boolean | undefined | null>;

export interface CommonOptions {
  /** The interface language (`lang` attribute); the article's language by default. */
  lang?: string;
  /** A built-in theme (`theme` attribute). The theme's CSS comes with the CDN file or `quote-cards/themes.js`. */
  theme?: string;
}

export interface QuoteCardOptions extends CommonOptions {
  /** The quote to show (`quote-id`); the article's first quote by default. */
  quoteId?: string;
  /** `default`, `compact` or `pull`. */
  variant?: string;
  /** A fixed-size format for sharing, such as `landscape` (1200×630). */
  format?: string;
}

/** One component inside the `<quote-article>` that {@link renderQuoteArticle} writes. */
export interface Child {
  tag: Exclude<ComponentTag, 'quote-article'>;
  attributes?: Attributes;
}

/** Where the dom shim registers the elements during server rendering. */
for (const [tag, element] of Object.entries(ELEMENTS)) {
  // A browser adopts the error's styles with its chunk; the server writes each element's styles into its HTML.
  const styled = element as typeof LitElement;
  styled.styles = [styled.styles ?? [], errorStyles];
  if (!customElements.get(tag)) customElements.define(tag, element);
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Server-renders one element with the given attributes and the article as a property (as on the
 * client; it is never serialised into an attribute), and `content` (HTML) as its light DOM.
 * Tag and attribute names are checked and become the template's static parts (a bounded set, so
 * Lit's template cache stays small); the values are bound, so Lit escapes them.
 */
function element(tag: ComponentTag, attributes: Attributes, article: unknown, content: unknown): TemplateResult {
  const names = Object.keys(attributes).filter((name) => {
    if (!ATTRIBUTE_NAME.test(name) || name.startsWith('on'))
      throw new TypeError(`quote-cards/ssr: "${name}" is not an attribute it writes`);
    const value = attributes[name];
    return value !== undefined && value !== null && value !== false;
  });
  const values = [
    unsafeStatic(tag),
    ...names.flatMap((name) => [unsafeStatic(`${name}=`), attributes[name] === true ? '' : String(attributes[name])]),
    article,
    content,
  ];
  // '<' tag ' ' name= '' value … ' .article=' article '>' content '</tag>'
  const parts = ['<', ...names.flatMap(() => [' ', '']), ' .article=', '>', `</${tag}>`];
  return html(Object.assign(parts, { raw: parts }), ...values);
}

/**
 * Renders a `<quote-article>` holding `children`, all server-rendered for `article`, with the
 * article inline and each card's JSON-LD. Resolves to an HTML string.
 */
export async function renderQuoteArticle(input: unknown, children: Child[] = [], attributes: Attributes = {}): Promise<string> {
  const article = input ?? null;
  const validation = validateArticle(article);
  const valid = validation.valid ? validation.article : undefined;
  // The error state is worded in the `lang` of the element, else the article's, else the page's,
  // which a server cannot see: an invalid article's components get an explicit `lang`.
  if (!valid) {
    const stated = typeof article === 'object' && article !== null && 'lang' in article ? article.lang : undefined;
    attributes = {
      ...attributes,
      lang: attributes.lang ?? (typeof stated === 'string' && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(stated) ? stated : 'en'),
    };
    children = children.map((child) => ({
      ...child,
      attributes: { ...child.attributes, lang: child.attributes?.lang ?? attributes.lang },
    }));
  }
  // Lit's SSR parses each unsafeHTML string as a template, keeping the source position of every character: most of a
  // second for a 1 MB article. The scripts are put in after rendering instead, each where a comment marks its place
  // (no bound text or attribute can write one: Lit escapes their '<').
  const scripts: string[] = [];
  const script = (type: string, text: string) =>
    unsafeHTML(`<!--quote-cards-script-${scripts.push(`<script type=${type}>${text}</script>`) - 1}-->`);
  const inner = children.map(({ tag, attributes: own = {} }) => {
    if (!Object.hasOwn(ELEMENTS, tag) || (tag as string) === 'quote-article')
      throw new TypeError(`quote-cards/ssr: cannot render <${tag}> inside <quote-article>`);
    const jsonLd = valid && tag === 'quote-card' ? jsonLdOf(valid, own['quote-id']) : undefined;
    return element(tag, own, article, jsonLd ? script('"application/ld+json" data-quote-cards', jsonLd) : nothing);
  });
  // The inline article is what the components read on the client; `<` is escaped so that no string closes the script.
  const data = script('"application/json"', inlineJson(article));
  const rendered = await collectResult(render(element('quote-article', attributes, article, [data, inner])));
  return rendered.replace(/<!--quote-cards-script-(\d+)-->/g, (_, index: string) => scripts[Number(index)]);
}

/** How deep {@link inlineJson} writes an article that JSON.stringify cannot (an article's own fields nest 3 deep). */
const INLINE_DEPTH = 100;

/**
 * The article as the components read it on the client. One nested too deep for JSON.stringify
 * (some 5,000 levels in Node), or containing itself, is written cut at {@link INLINE_DEPTH} levels
 * and without the references to itself: what is cut is either invalid (shown as such either way)
 * or in a field the components do not read.
 */
function inlineJson(article: unknown): string {
  try {
    return jsonLdText(article);
  } catch {
    const within = new Set<unknown>();
    const cut = (value: unknown): unknown => {
      if (typeof value !== 'object' || value === null) return value;
      if (within.size >= INLINE_DEPTH || within.has(value)) return null;
      within.add(value);
      const copy = Array.isArray(value) ? value.map(cut) : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cut(item)]));
      within.delete(value);
      return copy;
    };
    return jsonLdText(cut(article));
  }
}

/** The JSON-LD text of a card's quote, or undefined when the quote does not exist. */
function jsonLdOf(article: Article, quoteId: Attributes[string]): string | undefined {
  const quote =
    quoteId === undefined || quoteId === null ? article.quotes[0] : article.quotes.find((candidate) => candidate.id === String(quoteId));
  return quote && jsonLdText(quotationJsonLd(article, quote));
}

/** Renders any component for `article`, given its attributes, in its own `<quote-article>`. */
export function renderComponent(tag: ComponentTag, article: unknown, attributes: Attributes = {}): Promise<string> {
  if (tag === 'quote-article') return renderQuoteArticle(article, [], attributes);
  return renderQuoteArticle(article, [{ tag, attributes }], { theme: attributes.theme });
}

/** A `<quote-card>` for one quote of the article, with its JSON-LD. */
export function renderQuoteCard(article: unknown, { quoteId, variant, format, theme, lang }: QuoteCardOptions = {}): Promise<string> {
  return renderComponent('quote-card', article, { 'quote-id': quoteId, variant, format, theme, lang });
}

/** A `<speaker-badge>` for one speaker of the article (the first by default). */
export function renderSpeakerBadge(
  article: unknown,
  { speakerId, theme, lang }: CommonOptions & { speakerId?: string } = {},
): Promise<string> {
  return renderComponent('speaker-badge', article, { 'speaker-id': speakerId, theme, lang });
}

/** An `<article-timeline>` of the article's events. */
export function renderTimeline(
  article: unknown,
  { headingLevel, theme, lang }: CommonOptions & { headingLevel?: number } = {},
): Promise<string> {
  return renderComponent('article-timeline', article, { 'heading-level': headingLevel, theme, lang });
}
