import { readFileSync } from 'node:fs';

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
  plugins: [hideInternalState()],
};
