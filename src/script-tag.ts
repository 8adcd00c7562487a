// The entry of dist/attune.js (which attune.classic.js loads too). A page that includes it on every
// page pays almost nothing where there is no widget: the widgets themselves (Lit, every element,
// English) are in attune-widgets.js beside it, imported once, when the page first has an `attune-*`
// element (at once, or when one is added later). `registerPack` works before that: packs wait in
// the page's queue (shared with attune.classic.js) and are registered before any widget renders.
import type {registerPack as register} from './content/registry.js';
import {classicQueue} from './internal/classic-queue.js';
import {whenUsed} from './internal/when-used.js';

const queue = classicQueue();

/**
 * Registers a content pack (see attune-widgets/content). Before the widgets' code has loaded the
 * pack is queued, checked when it arrives, and `true` is returned.
 */
export const registerPack: typeof register = (...args) => (queue.register ? queue.register(...args) : (queue.packs.push(args), true));

let loading: Promise<void> | undefined;

/**
 * Loads and registers the widgets now. attune.js does it by itself when an `attune-*` element
 * appears in the page; call this for one made inside another component's shadow root, which the
 * page cannot see. Resolves once every element is registered (or its file could not load).
 */
export function loadWidgets(): Promise<void> {
  return (loading ??= import('./widgets.js').then(
    () => undefined,
    (error: Error) => console.error(`[attune] could not load attune-widgets.js (beside attune.js), which every Attune element needs. ${error.message}`),
  ));
}
// (An element not yet registered matches :not(:defined); only ours count.)
whenUsed(':not(:defined)', () => void loadWidgets(), (el) => el.localName.startsWith('attune-'));
