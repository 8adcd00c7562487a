// dist/attune-widgets.js, which attune.js (./script-tag.ts) loads when the page first has an Attune
// element: registers every element, and takes over the packs given to attune.js's registerPack.
// The classes are reachable through customElements.get('attune-…'); npm users import them from
// 'attune-widgets' (where every element is registered at once).
// First, before Lit loads: see internal/trusted-types.ts.
import './internal/trusted-types.js';
import {AttuneProvider} from './components/provider/provider.js';
import {AttuneExplainer} from './components/explainer/explainer.js';
import {AttuneSymptomChecklist} from './components/symptom-checklist/symptom-checklist.js';
import {AttuneBookingCta} from './components/booking-cta/booking-cta.js';
import {define, defineWhenUsed} from './internal/define.js';
import {registerPack} from './content/registry.js';
import {classicQueue} from './internal/classic-queue.js';

// Packs a page gave attune.js's `registerPack` or attune.classic.js's `window.Attune.registerPack`
// before this loaded: registered now, before
// any widget's first update runs (updates wait for a microtask), so the widgets wait for them.
const queue = classicQueue();
queue.register = registerPack;
for (const args of queue.packs.splice(0)) registerPack(...args);

// The provider first, so widgets find it as they upgrade.
define('attune-provider', AttuneProvider);
define('attune-explainer', AttuneExplainer);
define('attune-symptom-checklist', AttuneSymptomChecklist);
define('attune-booking-cta', AttuneBookingCta);
// The therapy cards, the widget pages show least, load with the first page that has one.
defineWhenUsed(['attune-therapy-cards', 'attune-therapy-card'], 'attune-therapy.js', () =>
  import('./components/therapy-cards/therapy.js').then(({AttuneTherapyCards, AttuneTherapyCard}) => {
    define('attune-therapy-cards', AttuneTherapyCards);
    define('attune-therapy-card', AttuneTherapyCard);
  }),
);
