// One-element entry point: `import 'attune-widgets/therapy-cards'` registers <attune-therapy-cards>
// and the <attune-therapy-card> it is made of.
// First, before Lit loads: see internal/trusted-types.ts.
import '../internal/trusted-types.js';
import {AttuneTherapyCards} from '../components/therapy-cards/therapy-cards.js';
import {AttuneTherapyCard} from '../components/therapy-cards/therapy-card.js';
import {defineWithContextRoot} from '../internal/define.js';

defineWithContextRoot('attune-therapy-cards', AttuneTherapyCards);
defineWithContextRoot('attune-therapy-card', AttuneTherapyCard);

export {AttuneTherapyCards, AttuneTherapyCard};
