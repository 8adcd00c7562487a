// One-element entry point: `import 'attune-widgets/provider'` registers <attune-provider> only.
// First, before Lit loads: see internal/trusted-types.ts.
import '../internal/trusted-types.js';
import {AttuneProvider} from '../components/provider/provider.js';
import {defineWithContextRoot} from '../internal/define.js';

defineWithContextRoot('attune-provider', AttuneProvider);

export {AttuneProvider};
