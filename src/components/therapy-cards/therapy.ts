// Both therapy-card elements as one module: the script-tag build loads it when a page first shows a
// card (dist/attune-therapy.js), with the cards' longer English texts (see content/english-therapies.ts).
import {addShippedPack} from '../../content/registry.js';
import {englishTherapies} from '../../content/english-therapies.js';

export {AttuneTherapyCards} from './therapy-cards.js';
export {AttuneTherapyCard} from './therapy-card.js';

addShippedPack(englishTherapies);
