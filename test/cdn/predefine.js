// Another library that took the name <quote-card> before quote-cards loaded.
customElements.define(
  'quote-card',
  class extends HTMLElement {
    connectedCallback() {
      this.textContent = 'the other library’s quote-card';
    }
  },
);
