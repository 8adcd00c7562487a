import {anxiousAttachmentEn} from './anxious-attachment.en.js';
import type {ContentPack} from './types.js';

/**
 * The English pack as the therapy cards need it. From npm it is the whole pack (already there).
 * The script-tag build leaves the cards' longer texts (what a session involves, how it helps) out
 * of attune-widgets.js and puts the therapies section here, in attune-therapy.js, which only a page
 * with cards loads (rollup.config.mjs).
 */
export const englishTherapies: ContentPack = anxiousAttachmentEn;
