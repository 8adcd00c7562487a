// dist/attune.classic.js: for pages that can only paste a classic <script src> (no type="module").
// It sets `window.Attune` at once and loads attune.js, kept beside it, as a module: so a classic page
// gets the same single copy of the library as a module page (and its on-demand parts). Packs given
// to `Attune.registerPack` before attune.js has arrived are registered before any widget renders.
import type {registerPack} from './content/registry.js';
import {classicQueue} from './internal/classic-queue.js';

declare global {
  interface Window {
    /** Set by `attune.classic.js`: register a content pack from a page without modules. */
    Attune: {registerPack: typeof registerPack};
  }
}

const queue = classicQueue();
window.Attune ??= {registerPack: (...args) => (queue.register ? queue.register(...args) : (queue.packs.push(args), true))};
const script = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[src*="attune.classic"]');
const url = new URL('attune.js', script?.src ?? location.href).href;
import(url).catch((error: Error) => console.error(`[attune] attune.classic.js could not load ${url}, which it needs beside it: ${error.message}`));
