// One-element entry point: `import 'attune-widgets/explainer'` registers <attune-explainer> only.
// First, before Lit loads: see internal/trusted-types.ts.
import '../internal/trusted-types.js';
import {AttuneExplainer} from '../components/explainer/explainer.js';
import {defineWithContextRoot} from '../internal/define.js';

defineWithContextRoot('attune-explainer', AttuneExplainer);

export {AttuneExplainer};
