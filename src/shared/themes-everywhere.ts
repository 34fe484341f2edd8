// The themes as the CDN file loads them (with the first `theme` attribute it finds): in the document,
// in every shadow root seen so far (load-when-used.ts), and in the shadow roots around every component
// connected from now on (a `theme` set in a host app's shadow root styles the components inside it).
import { adoptThemes } from '../themes.js';
import { ArticleElement } from './article-element.js';
import { roots } from './load-when-used.js';

for (const root of roots) adoptThemes(root);
const { connectedCallback } = ArticleElement.prototype;
ArticleElement.prototype.connectedCallback = function (this: ArticleElement) {
  for (let around = this.getRootNode(); around instanceof ShadowRoot; around = around.host.getRootNode()) adoptThemes(around);
  connectedCallback.call(this);
};
