// One-element entry point: `import 'attune-widgets/explainer'` registers <attune-explainer> only.
import {AttuneExplainer} from '../components/explainer/explainer.js';
import {defineWithContextRoot} from '../internal/define.js';

defineWithContextRoot('attune-explainer', AttuneExplainer);

export {AttuneExplainer};
