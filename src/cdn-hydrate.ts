// The CDN file for pages rendered on the server (quote-cards/ssr, `quote-cards render`): the same
// components, with Lit's hydration support loaded before Lit itself, so that they take over the
// declarative shadow DOM the server wrote instead of rendering it again. Other pages use
// quote-cards.min.js, which is 2 KB (gzipped) lighter without it. What the server rendered at once
// (every built-in language, the error view), hydration needs at once too: they are in this file.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { renderErrorView } from './shared/error-view.js';
import { addBuiltInTranslation } from './shared/i18n.js';
import { provideErrorView } from './shared/state-views.js';
import ar from './translations/ar.js';
import en from './translations/en.js';
import id from './translations/id.js';
import './cdn.js';

addBuiltInTranslation(en, id, ar);
provideErrorView(renderErrorView);
