// One-element entry point: `import 'attune-widgets/provider'` registers <attune-provider> only.
import {AttuneProvider} from '../components/provider/provider.js';
import {defineWithContextRoot} from '../internal/define.js';

defineWithContextRoot('attune-provider', AttuneProvider);

export {AttuneProvider};
