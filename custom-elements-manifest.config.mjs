// Configuration of `npm run analyze` (@custom-elements-manifest/analyzer), which writes
// custom-elements.json: the API of every element for editors, Storybook, frameworks and the
// snippet builder (demo/builder.html), which makes its form controls from it.
import {readdirSync, readFileSync} from 'node:fs';

// Our string-literal unions (`type Theme = 'light' | 'dark' | 'auto';`), by name, so the manifest
// can spell out `'light' | 'dark' | 'auto'` where the analyzer would write `Theme`.
const aliases = new Map();
for (const file of readdirSync('src', {recursive: true})) {
  if (!String(file).endsWith('.ts')) continue;
  for (const [, name, union] of readFileSync(`src/${file}`, 'utf8').matchAll(/type (\w+) = ((?:'[^']*'\s*\|\s*)*'[^']*');/g)) aliases.set(name, union);
}

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
    {
      name: 'attune-spell-out-unions',
      packageLinkPhase({customElementsManifest}) {
        const spell = (type) => {
          if (type?.text) type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => aliases.get(name) ?? name);
        };
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            for (const entry of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) spell(entry.type);
          }
        }
      },
    },
  ],
};
