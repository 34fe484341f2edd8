import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/index.js';
import type { QuoteArticle, SpeakerBadge } from '../../src/index.js';
import { seedArticle, visibleText } from '../support/fixtures.js';

/** A 1×1 transparent PNG that every engine can decode. */
const GOOD_IMAGE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGOQllcBAAC3AF+0tpLBAAAAAElFTkSuQmCC';
/** A data:image URL whose bytes are not an image: it fails to load. */
const BROKEN_IMAGE = 'data:image/png;base64,AAAA';

function part(badge: SpeakerBadge, name: string): HTMLElement | null {
  return badge.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('<speaker-badge>', () => {
  describe('in an article', () => {
    it('shows the speaker named by speaker-id', async () => {
      const badge = await fixture<SpeakerBadge>(html`<speaker-badge speaker-id="putin" .article=${seedArticle()}></speaker-badge>`);
      expect(text(part(badge, 'name'))).to.equal('Vladimir Putin');
      expect(text(part(badge, 'role'))).to.equal('Presiden');
      expect(text(part(badge, 'org'))).to.equal('Rusia');
      expect(visibleText(badge)).to.contain('Presiden, Rusia');
    });

    it("shows the article's first speaker when there is no speaker-id", async () => {
      const badge = await fixture<SpeakerBadge>(html`<speaker-badge .article=${seedArticle()}></speaker-badge>`);
      expect(text(part(badge, 'name'))).to.equal('Jens Stoltenberg');
      expect(text(part(badge, 'role'))).to.equal('Sekretaris Jenderal');
    });

    it('shows an organisation without role or org', async () => {
      const badge = await fixture<SpeakerBadge>(html`<speaker-badge speaker-id="kremlin" .article=${seedArticle()}></speaker-badge>`);
      expect(text(part(badge, 'name'))).to.equal('Kremlin');
      expect(part(badge, 'role')).to.equal(null);
      expect(part(badge, 'org')).to.equal(null);
      expect(visibleText(badge)).not.to.contain(',');
    });

    it('reads the speaker from an enclosing <quote-article>', async () => {
      const provider = await fixture<QuoteArticle>(
        html`<quote-article .article=${seedArticle()}><speaker-badge speaker-id="shoigu"></speaker-badge></quote-article>`,
      );
      const badge = provider.querySelector('speaker-badge')!;
      await badge.updateComplete;
      expect(text(part(badge, 'name'))).to.equal('Sergei Shoigu');
      expect(text(part(badge, 'role'))).to.equal('Menteri Pertahanan');
    });

    it('updates when speaker-id changes', async () => {
      const badge = await fixture<SpeakerBadge>(html`<speaker-badge speaker-id="putin" .article=${seedArticle()}></speaker-badge>`);
      badge.setAttribute('speaker-id', 'shoigu');
      await badge.updateComplete;
      expect(text(part(badge, 'name'))).to.equal('Sergei Shoigu');
    });

    it('links the name to the speaker url', async () => {
      const article = seedArticle();
      article.speakers[1].url = 'https://example.org/putin';
      const badge = await fixture<SpeakerBadge>(html`<speaker-badge speaker-id="putin" .article=${article}></speaker-badge>`);
      const link = part(badge, 'name')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/putin');
      expect(text(link)).to.equal('Vladimir Putin');
    });

    it('names speaker-id when it is not the id of any speaker', async () => {
      const badge = await fixture<SpeakerBadge>(html`<speaker-badge speaker-id="nobody" .article=${seedArticle()}></speaker-badge>`);
      const shown = visibleText(badge);
      expect(badge.shadowRoot!.querySelector('code')!.textContent).to.equal('speaker-id');
      expect(shown).to.contain('"nobody" is not the id of any speaker');
      expect(shown).to.contain('Tidak ada yang dapat ditampilkan');
      expect(part(badge, 'name')).to.equal(null);
    });
  });

  describe('on its own', () => {
    it('shows the name, speaker-role and org attributes', async () => {
      const badge = await fixture<SpeakerBadge>(
        html`<speaker-badge name="Jens Stoltenberg" speaker-role="Sekretaris Jenderal" org="NATO"></speaker-badge>`,
      );
      expect(text(part(badge, 'name'))).to.equal('Jens Stoltenberg');
      expect(text(part(badge, 'role'))).to.equal('Sekretaris Jenderal');
      expect(text(part(badge, 'org'))).to.equal('NATO');
      expect(visibleText(badge)).to.contain('Sekretaris Jenderal, NATO');
      expect(badge.hasAttribute('role'), 'speaker-role must not become an ARIA role').to.equal(false);
    });

    it('logs no console warning', async () => {
      const original = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        const badge = await fixture<SpeakerBadge>(html`<speaker-badge name="Jens Stoltenberg" org="NATO"></speaker-badge>`);
        badge.setAttribute('org', 'Pakta Pertahanan Atlantik Utara');
        await badge.updateComplete;
      } finally {
        console.warn = original;
      }
      expect(warnings).to.deep.equal([]);
    });

    it('shows a speaker object given as the speaker property', async () => {
      const badge = await fixture<SpeakerBadge>(
        html`<speaker-badge .speaker=${{ id: 'x', name: 'Sergei Shoigu', role: 'Menteri Pertahanan' }}></speaker-badge>`,
      );
      expect(text(part(badge, 'name'))).to.equal('Sergei Shoigu');
      expect(text(part(badge, 'role'))).to.equal('Menteri Pertahanan');
      expect(part(badge, 'org')).to.equal(null);
    });

    it('gives no href to a javascript: speaker url', async () => {
      const badge = await fixture<SpeakerBadge>(
        html`<speaker-badge .speaker=${{ id: 'x', name: 'Mallory', url: 'javascript:alert(1)' }}></speaker-badge>`,
      );
      expect(text(part(badge, 'name'))).to.equal('Mallory');
      expect(badge.shadowRoot!.querySelector('[href]')).to.equal(null);
    });
  });

  describe('avatar', () => {
    it('shows the initials "JS" when there is no image', async () => {
      const badge = await fixture<SpeakerBadge>(html`<speaker-badge name="Jens Stoltenberg"></speaker-badge>`);
      expect(text(part(badge, 'initials'))).to.equal('JS');
      expect(badge.shadowRoot!.querySelector('img')).to.equal(null);
      expect(part(badge, 'avatar')!.style.backgroundColor, 'initials need a background').not.to.equal('');
    });

    it('uses the first and last words for initials, ignoring parentheses', async () => {
      const putin = await fixture<SpeakerBadge>(html`<speaker-badge speaker-id="putin" .article=${seedArticle()}></speaker-badge>`);
      expect(text(part(putin, 'initials'))).to.equal('VP');
      const nato = await fixture<SpeakerBadge>(html`<speaker-badge name="Pakta Pertahanan Atlantik Utara (NATO)"></speaker-badge>`);
      expect(text(part(nato, 'initials'))).to.equal('PU');
    });

    it('shows the image when it loads', async () => {
      const badge = await fixture<SpeakerBadge>(html`<speaker-badge name="Jens Stoltenberg" image=${GOOD_IMAGE}></speaker-badge>`);
      const img = badge.shadowRoot!.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(GOOD_IMAGE);
      expect(img.getAttribute('alt')).to.equal('');
      await waitUntil(() => img.complete, 'the image did not finish loading');
      await badge.updateComplete;
      expect(img.naturalWidth).to.equal(1);
      expect(badge.shadowRoot!.querySelector('img')).to.equal(img);
      expect(part(badge, 'initials')).to.equal(null);
    });

    it('falls back to initials when a data:image fails to load', async () => {
      const badge = await fixture<SpeakerBadge>(html`<speaker-badge name="Jens Stoltenberg" image=${BROKEN_IMAGE}></speaker-badge>`);
      await waitUntil(() => part(badge, 'initials'), 'initials did not replace the broken image');
      expect(badge.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(part(badge, 'initials'))).to.equal('JS');
      expect(part(badge, 'avatar')!.style.backgroundColor).not.to.equal('');
    });

    it('falls back to initials when an https image fails to load', async () => {
      const article = seedArticle();
      article.speakers[0].image = 'https://invalid.invalid/x.png';
      const badge = await fixture<SpeakerBadge>(html`<speaker-badge speaker-id="stoltenberg" .article=${article}></speaker-badge>`);
      await waitUntil(() => part(badge, 'initials'), 'initials did not replace the broken image');
      expect(badge.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(part(badge, 'initials'))).to.equal('JS');
    });

    it('shows no image for a javascript: image url', async () => {
      const badge = await fixture<SpeakerBadge>(html`<speaker-badge name="Jens Stoltenberg" image="javascript:alert(1)"></speaker-badge>`);
      expect(badge.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(part(badge, 'initials'))).to.equal('JS');
    });
  });

  describe('accessibility', () => {
    it('passes axe on its own', async () => {
      const badge = await fixture<SpeakerBadge>(
        html`<speaker-badge name="Jens Stoltenberg" speaker-role="Sekretaris Jenderal" org="NATO"></speaker-badge>`,
      );
      await expect(badge).to.be.accessible();
    });

    it('passes axe in an article, with a linked name', async () => {
      const article = seedArticle();
      article.speakers[1].url = 'https://example.org/putin';
      const badge = await fixture<SpeakerBadge>(html`<speaker-badge speaker-id="putin" .article=${article}></speaker-badge>`);
      await expect(badge).to.be.accessible();
    });

    it('passes axe with an image', async () => {
      const badge = await fixture<SpeakerBadge>(html`<speaker-badge name="Jens Stoltenberg" image=${GOOD_IMAGE}></speaker-badge>`);
      await expect(badge).to.be.accessible();
    });
  });
});
