// The baseline of the rendering benchmark: the least Lit code that renders the same DOM as
// <quote-card> (the same shadow markup: figure, blockquote, the quote's words in a span between its
// marks, figcaption, a nested badge with avatar, initials, name, role and organisation, the source
// line with its link; no share bar, as the cards of the benchmark have no `share`) and the same
// stylesheets, so that the difference is what quote-cards adds on top of Lit: validation, the
// shared article context, loading and error states, i18n, URL checks. The JSON-LD script a card
// writes into its light DOM after it has rendered (in a module it loads then) is not rendered
// here: the benchmark leaves it out of the comparison and times it apart (bench/README.md).
//
// bench/run.mjs bundles it with esbuild, with the lit in node_modules, into bench/results/, and
// defines __CARD_CSS__ and __BADGE_CSS__ as the cssText of QuoteCard.styles and
// SpeakerBadge.styles from dist/ (so the styles stay the same as the components' own).
//
// It takes its article as a property, as an app with plain Lit would pass it: no validation,
// no context, no `src`.
import { LitElement, html, nothing, unsafeCSS } from 'lit';

/* global __CARD_CSS__, __BADGE_CSS__ */
const cardStyles = __CARD_CSS__.map((text) => unsafeCSS(text));
const badgeStyles = __BADGE_CSS__.map((text) => unsafeCSS(text));

const STRINGS = {
  en: { quoteBy: 'Quote from', partial: 'Excerpt', quotedVia: 'via' },
  id: { quoteBy: 'Kutipan dari', partial: 'Penggalan', quotedVia: 'melalui' },
};
const strings = (lang) => STRINGS[lang.split('-')[0]] ?? STRINGS.en;

const formats = new Map();
function formatDay(iso, lang) {
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(iso.slice(0, 10)));
}

const isWebUrl = (url) => typeof url === 'string' && /^https?:\/\/\S+$/.test(url);

export class BaselineCard extends LitElement {
  static styles = cardStyles;
  static properties = { article: { attribute: false }, quoteId: { attribute: 'quote-id' } };

  render() {
    const article = this.article;
    if (!article) return nothing;
    const { quotes, speakers, lang, title, publisher, publishedAt, url } = article;
    const quote = this.quoteId ? quotes.find((candidate) => candidate.id === this.quoteId) : quotes[0];
    const speaker = speakers.find((candidate) => candidate.id === quote.speaker);
    const text = strings(lang);
    const [open, close] = '“”';
    // The same markup as <quote-card>'s, written without the white space its build strips.
    return html`<figure part="card" lang=${lang} dir="ltr" aria-label=${`${text.quoteBy} ${speaker.name}`} aria-describedby="text"><blockquote part="quote">${quote.partial ? html`<span part="label" class="label">${text.partial}</span>` : nothing}<p part="text" class="text" id="text"><span part="mark" class="mark" aria-hidden="true">${open}</span><span class="words">${quote.text}</span><span part="mark" class="mark" aria-hidden="true">${close}</span></p></blockquote><figcaption lang=${lang}><baseline-badge part="speaker" .speaker=${speaker} lang=${lang}></baseline-badge>${quote.context ? html`<p part="context">${quote.context}</p>` : nothing} ${html`<p part="source"><cite>${isWebUrl(url) ? html`<a href=${url}>${title}</a>` : title}</cite><span class="meta">${publisher ? ` · ${publisher.name}` : nothing}${publishedAt ? html` · <time datetime=${publishedAt}>${formatDay(publishedAt, lang)}</time>` : nothing}${quote.via ? ` · ${text.quotedVia} ${quote.via}` : nothing}</span></p>`}</figcaption></figure>`;
  }
}

export class BaselineBadge extends LitElement {
  static styles = badgeStyles;
  static properties = { speaker: { attribute: false } };

  render() {
    if (!this.speaker) return nothing;
    const { name, role, org } = this.speaker;
    const colour = colourFor(name);
    return html`<div part="badge"><span part="avatar" class="avatar" data-colour=${colour} style=${`background-color: ${colour};`}>${html`<span part="initials" aria-hidden="true">${initialsOf(name)}</span>`}</span> <span><span part="name">${name}</span> <span class="details">${role ? html`<span part="role">${role}</span>` : nothing}${role && org ? ', ' : nothing}${org ? html`<span part="org">${org}</span>` : nothing}</span></span></div>`;
  }
}

function initialsOf(name) {
  const letters = name.replace(/\(.*?\)/g, '').match(/(?<![\p{L}\p{N}\p{M}'’])[\p{L}\p{N}]\p{M}*/gu) ?? [];
  return (letters.length > 1 ? letters[0] + letters[letters.length - 1] : letters[0] ?? '?').toLocaleUpperCase();
}

function colourFor(name) {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)) % 360;
  return `hsl(${hash} 50% 30%)`;
}

customElements.define('baseline-card', BaselineCard);
customElements.define('baseline-badge', BaselineBadge);
