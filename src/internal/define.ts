import {ContextRoot} from '@lit/context';
import {policyRefused} from './trusted-types.js';

/**
 * Registers `tag` unless the page already has it (a second copy of the library, or a page that
 * registered its own element under that name), or its Content-Security-Policy refused Lit's
 * templates (see ./trusted-types.ts). Never throws.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!policyRefused && !customElements.get(tag)) customElements.define(tag, ctor);
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
