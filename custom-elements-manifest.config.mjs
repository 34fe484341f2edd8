import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/**
 * Where the framework typings import each element's class (and its events' detail types) from,
 * relative to dist/: the module that registers the tag, which also declares it in
 * HTMLElementTagNameMap and its events in GlobalEventHandlersEventMap. Type imports only: nothing runs.
 */
const componentTypePath = (_name, tag) => `./components/${tag}/${tag}.js`;

/**
 * The detail type of each custom event, exported by the registering module of the element that fires it.
 * The framework typings write a handler as `(e: CustomEvent<type.text>) => void`, so while they are
 * generated an event's `type` holds its detail type; custom-elements.json keeps the event's own type.
 */
const EVENTS = {
  'quote-share': { detail: 'QuoteShareDetail', event: 'QuoteShareEvent' },
  'quote-article-load': { detail: 'QuoteArticleDetail', event: 'QuoteArticleEvent' },
  'quote-article-update': { detail: 'QuoteArticleDetail', event: 'QuoteArticleEvent' },
  'quote-article-error': { detail: 'QuoteArticleErrorDetail', event: 'QuoteArticleErrorEvent' },
};

/** Internal state (`{ state: true }` in static properties, private fields) is not public API. */
function hideInternalState() {
  return {
    name: 'hide-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      const state = new Set(
        modules.flatMap((module) =>
          [...readFileSync(module.path, 'utf8').matchAll(/\b(\w+): \{ state: true \}/g)].map((match) => match[1]),
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

const customElements = (manifest) =>
  manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);

const allMembers = new WeakMap();

/**
 * Prepares the manifest for the framework typings, and `typingsEnd` puts it back: events carry their
 * detail type (see EVENTS), and read-only fields (`articleState`, `events`), which cannot be set
 * from markup, are left out of the props.
 */
function typingsBegin() {
  return {
    name: 'typings-begin',
    packageLinkPhase({ customElementsManifest }) {
      const seen = new Set();
      for (const element of customElements(customElementsManifest)) {
        allMembers.set(element, element.members);
        element.members = element.members?.filter((member) => !member.readonly);
        // One entry per event, whether it was found in a dispatchEvent call, in @fires, or both; a
        // dispatch of a computed name (`quote-article-${type}`) has none, its events being in @fires.
        if (element.events)
          element.events = [...new Map(element.events.filter((event) => event.name).map((event) => [event.name, event])).values()];
        for (const event of element.events ?? []) {
          if (!EVENTS[event.name]) throw new Error(`<${element.tagName}> fires "${event.name}": give its detail type in EVENTS`);
          event.type = { text: EVENTS[event.name].detail };
          seen.add(event.name);
        }
      }
      for (const name of Object.keys(EVENTS)) {
        if (!seen.has(name)) console.warn(`custom-elements.json: no element documents the "${name}" event (@fires ${name})`);
      }
    },
  };
}

function typingsEnd({ files }) {
  return {
    name: 'typings-end',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElements(customElementsManifest);
      // The JSX and Vue generators type every attribute as its property's type, `QuoteArticle["undefined"]` for one
      // that has no property (`@attr interval`, read by the code that uses it): its documented type instead.
      for (const file of files) {
        let text = readFileSync(file, 'utf8');
        for (const element of elements)
          for (const attribute of element.attributes ?? [])
            if (!attribute.fieldName)
              text = text.replaceAll(
                `${attribute.name}?: ${element.name}["undefined"];`,
                `${attribute.name}?: ${attribute.type?.text ?? 'string'};`,
              );
        if (text.includes('["undefined"]')) throw new Error(`${file}: an attribute typed as the property "undefined"`);
        writeFileSync(file, text);
      }
      for (const element of elements) {
        element.members = allMembers.get(element);
        for (const event of element.events ?? []) event.type = { text: EVENTS[event.name].event };
      }
    },
  };
}

/**
 * Svelte 5 element typings, as `svelte/elements` expects them (`SvelteHTMLElements`, events as
 * `onquote-share`). custom-element-svelte-integration 1.2 writes `svelteHTML` inside a module (which
 * augments nothing), Svelte 4's `on:` and a global `JSX`, so this small generator replaces it.
 */
function svelteTypings({ fileName }) {
  const doc = (text) => (text ? `  /** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */\n` : '');
  return {
    name: 'svelte-typings',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElements(customElementsManifest).sort((a, b) => a.tagName.localeCompare(b.tagName));
      const imports = elements.map((element) => {
        const names = [element.name, ...new Set((element.events ?? []).map((event) => event.type.text))];
        return `import type { ${names.join(', ')} } from '${componentTypePath(element.name, element.tagName)}';`;
      });
      const types = elements.map((element) => {
        const props = [
          ...(element.attributes ?? []).map(
            (attribute) =>
              `${doc(attribute.description)}  '${attribute.name}'?: ${
                attribute.fieldName ? `${element.name}['${attribute.fieldName}']` : (attribute.type?.text ?? 'string')
              };\n`,
          ),
          ...(element.members ?? [])
            .filter((member) => member.kind === 'field' && !member.static && !member.attribute && (member.privacy ?? 'public') === 'public')
            .map((member) => `${doc(member.description)}  ${member.name}?: ${element.name}['${member.name}'];\n`),
          ...(element.events ?? []).map(
            (event) => `${doc(event.description)}  'on${event.name}'?: (event: CustomEvent<${event.type.text}>) => void;\n`,
          ),
        ];
        const own = [
          ...(element.attributes ?? []).map((attribute) => attribute.name),
          ...(element.members ?? []).filter((member) => member.kind === 'field').map((member) => member.name),
          ...(element.events ?? []).map((event) => `on${event.name}`),
        ];
        return (
          `/** \`<${element.tagName}>\` in Svelte markup: its attributes, properties and events. */\n` +
          `export type ${element.name}Attributes = Omit<HTMLAttributes<${element.name}>, ${[...new Set(own)].map((name) => `'${name}'`).join(' | ')}> & {\n${props.join('')}};\n`
        );
      });
      const file = [
        '// Generated from custom-elements.json by custom-elements-manifest.config.mjs: do not edit.',
        "import type { HTMLAttributes } from 'svelte/elements';",
        ...imports,
        '',
        ...types,
        "declare module 'svelte/elements' {",
        '  interface SvelteHTMLElements {',
        ...elements.map((element) => `    '${element.tagName}': ${element.name}Attributes;`),
        '  }',
        '}',
        '',
      ].join('\n');
      writeFileSync(`dist/${fileName}`, file);
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
    typingsBegin(),
    customElementJsxPlugin({ outdir: 'dist', fileName: 'jsx.d.ts', componentTypePath }),
    customElementVuejsPlugin({ outdir: 'dist', fileName: 'vue.d.ts', componentTypePath }),
    svelteTypings({ fileName: 'svelte.d.ts' }),
    typingsEnd({ files: ['dist/jsx.d.ts', 'dist/vue.d.ts'] }),
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false }),
  ],
};
