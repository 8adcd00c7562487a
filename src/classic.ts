// Types for `dist/attune.classic.js`, the classic-script build: it registers every element and
// sets one global, `window.Attune`. (This module has no code; it only declares that global.)
import type {registerPack} from './content/registry.js';

declare global {
  interface Window {
    /** Set by `attune.classic.js`: register a content pack from a page without modules. */
    Attune: {registerPack: typeof registerPack};
  }
}

export {};
