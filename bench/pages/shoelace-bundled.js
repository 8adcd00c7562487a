// The Shoelace checklist as a site would ship it: the three components it uses, bundled and
// minified with esbuild (scripts/bench.mjs) into bench/build/shoelace.js, with the light theme beside it.
import '@shoelace-style/shoelace/dist/themes/light.css';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/card/card.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
