// Both therapy-card elements as one module: the script-tag build loads it when a page first shows a
// card (dist/attune-therapy.js).
export {AttuneTherapyCards} from './therapy-cards.js';
export {AttuneTherapyCard} from './therapy-card.js';
