// `import 'attune-widgets'` (and the script-tag file built from it) registers every element,
// the provider first so that widgets find it as they upgrade, and exports the whole API.
import {AttuneProvider, AttuneExplainer, AttuneSymptomChecklist, AttuneBookingCta} from './classes.js';
import {define} from './internal/define.js';

define('attune-provider', AttuneProvider);
define('attune-explainer', AttuneExplainer);
define('attune-symptom-checklist', AttuneSymptomChecklist);
define('attune-booking-cta', AttuneBookingCta);

export * from './classes.js';
