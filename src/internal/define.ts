import {ContextRoot} from '@lit/context';
import {isServer} from 'lit';
import {policyRefused} from './trusted-types.js';
import {prerendered} from './page.js';
import {whenUsed} from './when-used.js';

// On a page with pre-rendered markup, registration waits for the hydration code (loaded then only):
// an element registered before it would render afresh over the server's HTML.
let ready: Promise<unknown> | undefined;

/**
 * Registers `tag` unless the page already has it (a second copy of the library, or a page that
 * registered its own element under that name), or its Content-Security-Policy refused Lit's
 * templates (see ./trusted-types.ts). In the order asked for; never throws.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (policyRefused) return;
  const register = () => customElements.get(tag) || customElements.define(tag, ctor);
  ready ??= !isServer && prerendered() ? import('./hydrate.js') : undefined;
  if (ready) ready.then(register, (error: Error) => (console.error(`[attune] could not load the hydration code (attune-hydrate.js, beside attune.js); widgets render afresh. ${error.message}`), register()));
  else register();
}

/**
 * Registers elements from a module loaded when the page first shows one of `tags`: at once when one
 * is there, else when one is added. (The script-tag build's therapy cards: only pages with cards pay
 * for them.) A module that fails to load leaves the elements undefined, with one console error.
 */
export function defineWhenUsed(tags: readonly string[], file: string, load: () => Promise<unknown>) {
  whenUsed(tags.join(), () => void load().catch((error: Error) => console.error(`[attune] could not load ${file} (beside attune.js), which ${tags.map((tag) => `<${tag}>`).join(' and ')} need. ${error.message}`)));
}

const rootKey = Symbol.for('attune.context-root');

/**
 * For the one-element entry points, which a page may import in any order: when a provider is
 * registered after its widgets, one ContextRoot per page (shared by every copy of the library)
 * replays their requests. `import 'attune-widgets'` needs none: it registers the provider first.
 */
export function defineWithContextRoot(tag: string, ctor: CustomElementConstructor): void {
  const g = globalThis as Record<symbol, unknown>;
  if (!g[rootKey]) {
    g[rootKey] = true;
    new ContextRoot().attach(document.documentElement);
  }
  define(tag, ctor);
}
