import { readFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/** Where each element's class is declared, relative to dist/ (for the framework typings). */
const componentTypePath = (_name, tag) => `./components/${tag}/${tag}.component.js`;

/** Internal state (`{ state: true }` in static properties, private fields) is not public API. */
function hideInternalState() {
  return {
    name: 'hide-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      const state = new Set(
        modules.flatMap((module) =>
          [...readFileSync(module.path, 'utf8').matchAll(/(\w+): \{ state: true \}/g)].map((match) => match[1]),
        ),
      );
      for (const declaration of modules.flatMap((module) => module.declarations ?? [])) {
        const hidden = (name) =>
          state.has(name) || declaration.members?.some((member) => member.name === name && member.privacy && member.privacy !== 'public');
        declaration.attributes = declaration.attributes?.filter((attribute) => !hidden(attribute.fieldName));
        declaration.members = declaration.members?.filter((member) => !hidden(member.name));
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/shared/article-element.ts'],
  exclude: ['**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    hideInternalState(),
    // Editor completion and docs for plain HTML files, and typings for JSX, Vue and Svelte.
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false }),
    customElementJsxPlugin({ outdir: 'dist', fileName: 'jsx.d.ts', componentTypePath }),
    customElementVuejsPlugin({ outdir: 'dist', fileName: 'vue.d.ts', componentTypePath }),
    customElementSveltePlugin({ outdir: 'dist', fileName: 'svelte.d.ts', componentTypePath }),
  ],
};
