// Configuration of `npm run analyze` (@custom-elements-manifest/analyzer), which writes
// custom-elements.json: the API of every element for editors, Storybook and frameworks.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/attune-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      // The analyzer also lists `dispatchEvent(new AttuneToggleEvent(…))` as a nameless event;
      // the named, documented `@event` entry is the real one.
      name: 'attune-drop-nameless-events',
      packageLinkPhase({customElementsManifest}) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
    {
      // Internal reactive state (`static properties` entries with `state: true`, declared private)
      // is not an attribute; the analyzer lists it as one.
      name: 'attune-drop-state-attributes',
      packageLinkPhase({customElementsManifest}) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
          }
        }
      },
    },
  ],
};
