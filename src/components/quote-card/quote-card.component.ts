import { css, html, nothing, type PropertyDeclarations } from 'lit';
import type { Article } from '../../model/article.js';
import { notAnId } from '../../model/problems.js';
import { ArticleElement, missingState } from '../../shared/article-element.js';
import { clip } from '../../shared/clip.js';
import { directionOf, formatDay, quotationMarks } from '../../shared/i18n.js';
import { loadFor } from '../../shared/load-when-used.js';
import { safeLinkUrl } from '../../shared/safe-url.js';
import type { ToBlobOptions } from './share/capture.js';

/** Layouts of `<quote-card>`. */
export const QUOTE_CARD_VARIANTS = ['default', 'compact', 'pull'] as const;
export type QuoteCardVariant = (typeof QUOTE_CARD_VARIANTS)[number];

/** Social image formats of `<quote-card>`: square 1080×1080, story 1080×1920, landscape (Open Graph) 1200×630. */
export const QUOTE_CARD_FORMATS = ['square', 'story', 'landscape'] as const;
export type QuoteCardFormat = (typeof QUOTE_CARD_FORMATS)[number];

/**
 * One quote as a card: the words in the quotation marks of the article's language, who said them,
 * where they were published and relayed, and a line of context.
 *
 * Inside `<quote-article>` it reads the shared article; on its own give it `article` or `src`.
 * `quote-id` picks the quote; without it the card shows the article's first quote.
 *
 * With `share`, a bar of share actions follows the card: copy the text or a link to the quote,
 * the system share sheet (a menu of networks where there is none), X, Facebook, WhatsApp, Telegram,
 * LinkedIn, Bluesky, e-mail, and the card as a PNG to download or copy. Its code loads on first use.
 * While `src` loads, a `<blockquote>` the page put inside the card shows in its place.
 *
 * @tag quote-card
 * @summary A quotation with its speaker and source, as a card.
 *
 * @csspart card - The card (a `<figure>`).
 * @csspart quote - The `<blockquote>`.
 * @csspart text - The quoted words with their marks.
 * @csspart mark - Both quotation marks.
 * @csspart label - The "Excerpt" label on a partial quote.
 * @csspart speaker - The `<speaker-badge>`.
 * @csspart context - The line that situates the quote.
 * @csspart source - The article title, publisher, date and relay.
 * @csspart actions - The share bar (with `share`).
 * @csspart status - The loading or error message shown instead of the card.
 * @csspart error - The error message.
 * @csspart error-heading - The error's heading, in the reader's language.
 * @csspart retry - The "Try again" button of an error.
 * @csspart error-details - The closed disclosure with the problems, their JSON paths and URLs, for developers.
 *
 * @cssprop [--qc-color-text=#1b1f24] - Global token: text colour.
 * @cssprop [--qc-color-muted=#57606a] - Global token: secondary text colour.
 * @cssprop [--qc-color-accent=#0b5cad] - Global token: accent (quotation marks, links).
 * @cssprop [--qc-color-surface=#fff] - Global token: card background; gradients work.
 * @cssprop [--qc-color-border=#d4d8de] - Global token: borders.
 * @cssprop [--qc-color-error=#b3261e] - Global token: error messages.
 * @cssprop [--qc-font-quote=Georgia, serif] - Global token: font of the quoted words.
 * @cssprop [--qc-font-ui=system-ui, sans-serif] - Global token: font of everything else.
 * @cssprop [--qc-radius=0.75rem] - Global token: corner radius.
 * @cssprop [--qc-space=1.25rem] - Global token: space inside cards.
 * @cssprop [--qc-shadow=0 1px 3px #0001] - Shadow of the card.
 * @cssprop [--qc-quote-size=1.375rem] - Font size of the quote (20% larger in containers over 36rem).
 * @cssprop [--qc-quote-weight=400] - Font weight of the quote.
 * @cssprop [--qc-font-size=0.875rem] - Global token: size of the interface text.
 * @cssprop [--qc-gap=1rem] - Space between the quote, the speaker and the source.
 * @cssprop [--qc-border-width=1px] - Width of the card's border.
 * @cssprop [--qc-mark-color=var(--qc-color-accent)] - Colour of the quotation marks.
 * @cssprop [--qc-mark-size=1em] - Size of the quotation marks, relative to the quote.
 * @cssprop [--qc-mark-font=inherit] - Font of the quotation marks.
 * @cssprop [--qc-mark-offset=baseline] - Vertical alignment of the marks; `calc(1ex - 1cap)` hangs big marks from the cap height.
 * @cssprop [--qc-color-link=var(--qc-color-accent)] - Global token: links.
 *
 * @slot - A fallback `<blockquote>` written by the page, shown until the article has loaded.
 *
 * @fires {QuoteShareEvent} quote-share - Before each share action; detail `{ quoteId, channel, url, text }`. Cancelable: `preventDefault()` stops the action.
 */
export class QuoteCard extends ArticleElement {
  static override styles = [
    ...ArticleElement.styles,
    css`
      :host {
        --_quote: var(--qc-quote-size, 1.375rem);
        /* Loading: about the height of a typical card at this width (docs/designers.md). */
        --_status: max(18rem, 42.3rem - 53cqi);
        container-type: inline-size;
      }
      /* A still sketch of the card while it loads: the quote's lines, the speaker. */
      .loading::before {
        content: '';
        position: absolute;
        inset: var(--_space);
        background-image:
          repeating-linear-gradient(#8883 0 1.2rem, #0000 0 2.3rem), radial-gradient(#8883 70%, #0000 71%), linear-gradient(#8883 0 0);
        background-position:
          0 0,
          0 100%,
          3.5rem calc(100% - 1rem);
        background-size:
          100% 5.8rem,
          2.75rem 2.75rem,
          10rem 0.8rem;
        background-repeat: no-repeat;
      }
      .loading:dir(rtl)::before {
        scale: -1 1;
      }
      figure {
        display: flex;
        flex-direction: column;
        gap: var(--qc-gap, 1rem);
        margin: 0;
        padding: var(--_space);
        border: var(--qc-border-width, 1px) solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        box-shadow: var(--qc-shadow, 0 1px 3px #0001);
      }
      blockquote {
        margin: 0;
      }
      .text {
        font: var(--qc-quote-weight, 400) var(--_quote) / 1.4 var(--qc-font-quote, Georgia, serif);
      }
      .mark {
        color: var(--qc-mark-color, var(--_accent));
        font-family: var(--qc-mark-font, inherit);
        font-size: var(--qc-mark-size, 1em);
        font-weight: 700;
        line-height: 1px;
        vertical-align: var(--qc-mark-offset, baseline);
      }
      .label {
        font-size: 0.75rem;
        font-weight: 600;
        text-transform: uppercase;
        color: var(--_muted);
      }
      figcaption {
        display: grid;
        gap: 0.5rem;
      }
      /* Muted colours only on leaves: the badge and the title's link mix theirs from the text colour. */
      [part='context'],
      .meta {
        color: var(--_muted);
      }
      cite {
        font-style: normal;
      }
      [part='actions'] {
        min-height: 2rem;
      }
      :host([variant='compact']) figure {
        padding: 0.75rem 1rem;
        gap: 0.5rem;
        box-shadow: none;
        --qc-avatar-size: 2rem;
      }
      :host([variant='compact']) .text {
        font-size: 1.0625rem;
      }
      :host([variant='pull']) figure {
        border-width: 0;
        border-inline-start-width: 4px;
        border-color: var(--_accent);
        border-radius: 0;
        box-shadow: none;
      }
      @container (min-width: 36rem) {
        .text {
          font-size: calc(1.2 * var(--_quote));
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    quoteId: { attribute: 'quote-id', reflect: true },
    variant: { reflect: true },
    share: {},
    shareUrl: { attribute: 'share-url' },
    format: { reflect: true },
  };

  /** The id of the quote to show; the article's first quote when absent. */
  declare quoteId?: string;

  /**
   * The layout: `default` (a card), `compact` (smaller, without context and source, as in the
   * timeline) or `pull` (a pull-quote: no border or shadow, a rule in the accent colour).
   */
  variant: QuoteCardVariant = 'default';

  /**
   * Shows the share bar: empty for the usual actions (copy text, copy link, share…, download PNG,
   * copy image), or a list of channels: `copy-text copy-link native x facebook whatsapp telegram
   * linkedin bluesky email download copy-image`. Without it there is no bar.
   */
  declare share?: string;

  /**
   * The link shares carry, instead of the article URL with a text fragment that lands on the quote;
   * `{quote-id}` in it is replaced by the quote's id.
   */
  declare shareUrl?: string;

  /** Renders the card at a social network's fixed size (`square`, `story`, `landscape`), the quote's type fitted to it. */
  declare format?: QuoteCardFormat;

  private enhanced?: Promise<unknown>;

  /**
   * The card as a PNG image: as it is on the page at the device's pixel ratio, or at a social
   * format's size. The image library loads on the first call.
   */
  async toBlob(options?: ToBlobOptions): Promise<Blob> {
    return (await import('./share/enhance.js')).toBlob(this, options);
  }

  override updated(): void {
    // What the first render does not need (the JSON-LD, the share bar, the format) comes in a module of its own,
    // fetched once per page after the first card renders (a condition here would cost the main file more bytes than
    // it has to spare, and every card in a document needs it for its JSON-LD anyway).
    if (!this.failed)
      this.enhanced = loadFor(
        this,
        () => import('./share/enhance.js'),
        (module) => module.enhance(this),
      );
  }

  /** Resolves once the card has rendered, including its share bar and the fitting of a `format`. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return (await super.getUpdateComplete()) && (await this.enhanced, true);
  }

  protected override renderArticle(article: Article) {
    const { quotes, speakers, lang, title, publisher, publishedAt } = article;
    const quote = this.quoteId ? quotes.find((candidate) => candidate.id === this.quoteId) : quotes[0];
    if (!quote) {
      return this.quoteId ? missingState('quote-id', notAnId(this.quoteId, 'quote')) : missingState('quotes', 'the article has no quotes');
    }
    const [open, close] = quotationMarks(lang);
    const full = this.variant !== 'compact';
    const link = safeLinkUrl(article.url);
    const uiLang = this.displayLang;
    const speaker = speakers.find((candidate) => candidate.id === quote.speaker);
    // (An article changed in place since it was checked.)
    if (!speaker) return missingState(`quotes[${quotes.indexOf(quote)}].speaker`, notAnId(quote.speaker, 'speaker'));
    // Named after the speaker and described by the words, so a screen reader announces both.
    return html`<figure
      part="card"
      lang=${lang}
      dir=${directionOf(lang)}
      aria-label=${`${this.strings.quoteBy} ${speaker.name}`}
      aria-describedby="text"
    >
      <blockquote part="quote">
        ${quote.partial ? html`<span part="label" class="label">${this.strings.partial}</span>` : nothing}
        <p part="text" class="text" id="text">
          <span part="mark" class="mark" aria-hidden="true">${open}</span><span class="words">${clip(quote.text, 5e3)}</span
          ><span part="mark" class="mark" aria-hidden="true">${close}</span>
        </p>
      </blockquote>
      <figcaption lang=${uiLang}>
        <speaker-badge part="speaker" .speaker=${speaker} lang=${uiLang}></speaker-badge>
        ${full && quote.context ? html`<p part="context">${clip(quote.context, 5e3)}</p>` : nothing}
        ${
          full
            ? html`<p part="source">
                <cite>${link ? html`<a href=${link}>${clip(title, 5e3)}</a>` : clip(title, 5e3)}</cite
                ><span class="meta"
                  >${publisher ? ` · ${clip(publisher.name)}` : nothing}${
                    publishedAt ? html` · <time datetime=${publishedAt}>${formatDay(publishedAt, uiLang)}</time>` : nothing
                  }${quote.via ? ` · ${this.strings.quotedVia} ${clip(quote.via)}` : nothing}</span
                >
              </p>`
            : nothing
        }
      </figcaption>
      ${full && this.share != null ? html`<div part="actions"></div>` : nothing}
    </figure>`;
  }
}
