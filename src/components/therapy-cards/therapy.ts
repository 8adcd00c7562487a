// Both therapy-card elements as one module: the script-tag build loads it when a page first shows a
// card (dist/attune-therapy.js).
export {AttuneTherapyCards} from './therapy-cards.js';
export {AttuneTherapyCard} from './therapy-card.js';

import {addShippedPack} from '../../content/registry.js';
import {englishTherapies} from '../../content/english-therapies.js';

// The cards' longer English texts come with them (see content/english-therapies.ts).
addShippedPack(englishTherapies);
