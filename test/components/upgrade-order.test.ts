import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { SEED_URL } from '../support/fixtures.js';

describe('markup that is in the page before the components are defined', () => {
  it('renders once the package is imported, whatever order the modules define the tags in', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<quote-article src="${SEED_URL}"><quote-card quote-id="q9"></quote-card><speaker-badge speaker-id="shoigu"></speaker-badge></quote-article>`;
    document.body.append(host);
    expect(customElements.get('quote-card')).to.equal(undefined);
    await import('../../src/index.js');
    const card = host.querySelector('quote-card')!;
    await waitUntil(() => card.shadowRoot?.textContent?.includes('Di bawah kepemimpinan'), 'the card never rendered the quote');
    await waitUntil(() => host.querySelector('speaker-badge')!.shadowRoot?.textContent?.includes('Sergei Shoigu'));
    host.remove();
  });
});
