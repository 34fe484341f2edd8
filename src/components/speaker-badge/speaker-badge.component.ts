import { css, html, type PropertyDeclarations } from 'lit';
import type { Article, Speaker } from '../../model/article.js';
import { notAnId } from '../../model/problems.js';
import { ArticleElement, missingState } from '../../shared/article-element.js';
import { clip } from '../../shared/clip.js';
import { safeImageUrl, safeLinkUrl } from '../../shared/safe-url.js';

/**
 * Who said it: an avatar (the speaker's image, or initials on a colour derived from the name when
 * there is none or it fails to load), the name, and the role and organisation.
 *
 * Inside `<quote-article>` (or with `article`/`src`) pick the speaker with `speaker-id`; on its own,
 * give `name`, `speaker-role`, `org` and `image`.
 *
 * @tag speaker-badge
 * @summary A speaker's avatar, name, role and organisation.
 *
 * @csspart badge - The whole badge.
 * @csspart avatar - The avatar holding the image or the initials.
 * @csspart initials - The initials shown when there is no image.
 * @csspart name - The speaker's name.
 * @csspart role - The speaker's role.
 * @csspart org - The speaker's organisation.
 * @csspart status - The loading or error message shown instead of the badge.
 * @csspart error - The error message.
 * @csspart error-heading - The error's heading, in the reader's language.
 * @csspart retry - The "Try again" button of an error.
 * @csspart error-details - The closed disclosure with the problems, their JSON paths and URLs, for developers.
 *
 * @cssprop [--qc-avatar-size=2.75rem] - Width and height of the avatar.
 * @cssprop [--qc-avatar-radius=50%] - Corner radius of the avatar; 0 for squares.
 * @cssprop [--qc-name-size=1rem] - Font size of the name.
 * @cssprop [--qc-avatar-ring=none] - A box shadow around the avatar, such as `0 0 0 3px #fff` to set it off a dark or busy surface.
 */
export class SpeakerBadge extends ArticleElement {
  static override styles = [
    ...ArticleElement.styles,
    css`
      [part='badge'] {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        line-height: 1.3;
      }
      .avatar {
        flex: none;
        display: grid;
        place-items: center;
        width: var(--qc-avatar-size, 2.75rem);
        aspect-ratio: 1;
        border-radius: var(--qc-avatar-radius, 50%);
        overflow: hidden;
        font-weight: 700;
        color: #fff;
        box-shadow: var(--qc-avatar-ring, none);
        /* Until the colour from the name is set (server-rendered HTML has none). */
        background: var(--_muted);
      }
      img {
        width: 100%;
        height: 100%;
        object-fit: cover;
      }
      [part='name'] {
        display: block;
        font-weight: 700;
        font-size: var(--qc-name-size, 1rem);
      }
      .details {
        color: var(--_muted);
      }
      @media (forced-colors: active) {
        .avatar {
          border: 1px solid;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    speakerId: { attribute: 'speaker-id' },
    speaker: { attribute: false },
    name: {},
    speakerRole: { attribute: 'speaker-role' },
    org: {},
    image: {},
    failedImage: { state: true },
  };

  /** The id of a speaker in the article; the article's first speaker when absent. */
  declare speakerId?: string;

  /** A speaker object, shown as it is (no article needed). */
  declare speaker?: Speaker;

  /** The name, when the badge stands on its own. */
  declare name?: string;

  /** The role, when the badge stands on its own (not `role`, which is ARIA's attribute). */
  declare speakerRole?: string;

  /** The organisation, when the badge stands on its own. */
  declare org?: string;

  /** An http(s) or data:image URL of a portrait or logo, when the badge stands on its own. */
  declare image?: string;

  /** The image URL that failed to load; initials stand in for it. */
  declare private failedImage?: string;

  protected override content() {
    if (this.speaker) return this.renderSpeaker(this.speaker);
    if (this.name && !this.speakerId) {
      return this.renderSpeaker({ name: this.name, role: this.speakerRole, org: this.org, image: this.image } as Speaker);
    }
    return super.content();
  }

  protected override renderArticle({ speakers }: Article) {
    const speaker = this.speakerId ? speakers.find((candidate) => candidate.id === this.speakerId) : speakers[0];
    if (speaker) return this.renderSpeaker(speaker);
    return this.speakerId
      ? missingState('speaker-id', notAnId(this.speakerId, 'speaker'))
      : missingState('speakers', 'the article has no speakers');
  }

  private renderSpeaker({ name, role, org, image, url }: Speaker) {
    // The colour, the initials and the layout of a name take time growing with it: an absurdly long one is cut first.
    name = clip(name);
    const src = safeImageUrl(image);
    const link = safeLinkUrl(url);
    const showImage = src && src !== this.failedImage;
    // A property binding writes through the CSSOM, which a strict style-src Content-Security-Policy allows.
    return html`<div part="badge">
      <span part="avatar" class="avatar" .style=${showImage ? '' : `background:${colourFor(name)}`}
        >${
          showImage
            ? html`<img src=${src} alt="" @error=${() => (this.failedImage = src)} />`
            : html`<span part="initials" aria-hidden="true">${initialsOf(name)}</span>`
        }</span
      >
      <span>
        <span part="name">${link ? html`<a href=${link}>${name}</a>` : name}</span>
        <span class="details"
          >${role && html`<span part="role">${clip(role)}</span>`}${role && org && ', '}${org && html`<span part="org">${clip(org)}</span>`}</span
        >
      </span>
    </div>`;
  }
}

/**
 * Up to two initials: the first letters of the first and last words, leaving out what is in
 * parentheses ("Jens Stoltenberg (NATO)" → "JS"). The parentheses matched are innermost ones (no
 * "(" or ")" between), so that each match attempt stops at the next parenthesis: time grows
 * linearly with the name, even one of 300,000 "(".
 */
export function initialsOf(name: string): string {
  const letters = name.replace(/\([^()]*\)/g, '').match(/(?<![\p{L}\p{N}\p{M}'’])[\p{L}\p{N}]\p{M}*/gu) ?? [];
  return (letters[1] ? letters[0]! + letters.at(-1)! : (letters[0] ?? '?')).toLocaleUpperCase();
}

/** A stable background for white initials, derived from the name and dark enough for contrast. */
export function colourFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) % 360;
  return `hsl(${hash} 50% 30%)`;
}
