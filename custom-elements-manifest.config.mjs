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
  ],
};
