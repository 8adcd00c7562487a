// One-element entry point: `import 'attune-widgets/symptom-checklist'` registers <attune-symptom-checklist> only.
// First, before Lit loads: see internal/trusted-types.ts.
import '../internal/trusted-types.js';
import {AttuneSymptomChecklist} from '../components/symptom-checklist/symptom-checklist.js';
import {defineWithContextRoot} from '../internal/define.js';

defineWithContextRoot('attune-symptom-checklist', AttuneSymptomChecklist);

export {AttuneSymptomChecklist};
