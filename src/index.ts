// `import 'attune-widgets'` (and the script-tag file built from it) registers every element,
// the provider first so that widgets find it as they upgrade, and exports the whole API.
// First, before Lit loads: see internal/trusted-types.ts.
import './internal/trusted-types.js';
import {AttuneProvider, AttuneExplainer, AttuneSymptomChecklist, AttuneBookingCta, AttuneTherapyCards, AttuneTherapyCard} from './classes.js';
import {define} from './internal/define.js';

// Providers of context first (the provider, the cards group), so the widgets inside find them as they upgrade.
define('attune-provider', AttuneProvider);
define('attune-therapy-cards', AttuneTherapyCards);
define('attune-therapy-card', AttuneTherapyCard);
define('attune-explainer', AttuneExplainer);
define('attune-symptom-checklist', AttuneSymptomChecklist);
define('attune-booking-cta', AttuneBookingCta);

export * from './classes.js';
