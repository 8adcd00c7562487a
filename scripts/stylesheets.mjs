// Writes dist/<tag>.css (attune-explainer.css…) for every element (its shadow root's styles, as the bundles have them),
// which pre-rendered pages link instead of repeating inline <style> (attune-widgets/ssr, `stylesheets`).
import {writeFileSync} from 'node:fs';
import {elements} from './elements.mjs';

await import('../dist/ssr/index.js');
for (const {tag} of elements) {
  const css = customElements.get(tag).elementStyles.map((style) => style.cssText).join('');
  writeFileSync(`dist/${tag}.css`, `${css}\n`);
}
console.log(`${elements.length} stylesheets`);
