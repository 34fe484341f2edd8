/**
 * The built-in themes (`theme="light|dark|auto|classic|bold"` on a component or any element around
 * it). Importing this module adds them to the document; `adoptThemes(shadowRoot)` adds them to a
 * shadow root of your own.
 */
import { adoptThemes } from './themes/themes.js';

export { adoptThemes, THEMES, themeCss, type Theme } from './themes/themes.js';

adoptThemes();
