// One-element entry point: `import 'attune-widgets/symptom-checklist'` registers <attune-symptom-checklist> only.
import {AttuneSymptomChecklist} from '../components/symptom-checklist/symptom-checklist.js';
import {defineWithContextRoot} from '../internal/define.js';

defineWithContextRoot('attune-symptom-checklist', AttuneSymptomChecklist);

export {AttuneSymptomChecklist};
