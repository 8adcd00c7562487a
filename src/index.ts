// `import 'attune-widgets'` (and the script-tag file built from it) registers every element,
// the provider first so that widgets find it as they upgrade, and exports the whole API.
import {AttuneProvider, AttuneExplainer, AttuneSymptomChecklist} from './classes.js';
import {define} from './internal/define.js';

define('attune-provider', AttuneProvider);
define('attune-explainer', AttuneExplainer);
define('attune-symptom-checklist', AttuneSymptomChecklist);

export * from './classes.js';
