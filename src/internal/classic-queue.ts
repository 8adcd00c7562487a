import type {registerPack} from '../content/registry.js';

/**
 * What attune.classic.js shares with attune.js: packs a page gave `window.Attune.registerPack`
 * before attune.js arrived, and, once it has, the real `registerPack` to hand later ones to.
 * (No imports here: the classic file stays a few hundred bytes.)
 */
export interface ClassicQueue {
  packs: Array<Parameters<typeof registerPack>>;
  register?: typeof registerPack;
}

export const classicQueueKey = Symbol.for('attune.classic-queue');

/** The page's queue, shared by both files. */
export const classicQueue = () => ((globalThis as unknown as Record<symbol, ClassicQueue>)[classicQueueKey] ??= {packs: []});
