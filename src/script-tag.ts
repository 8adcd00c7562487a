// The entry of dist/attune.js (which attune.classic.js loads too): registers every element and
// exposes the one function a page without a build step needs. The classes are reachable through
// customElements.get('attune-…'); npm users import them from 'attune-widgets'.
import './index.js';
import {registerPack} from './content/registry.js';
import {classicQueue} from './internal/classic-queue.js';

// Packs a page gave attune.classic.js's `window.Attune.registerPack` early: registered now, before
// any widget's first update runs (updates wait for a microtask), so the widgets wait for them.
const queue = classicQueue();
queue.register = registerPack;
for (const args of queue.packs.splice(0)) registerPack(...args);

export {registerPack};
