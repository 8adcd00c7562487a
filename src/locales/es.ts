// `import 'attune-widgets/locales/es'` adds the Spanish content pack at once. (Without it, widgets
// on a Spanish page load it on demand, so this is only for builds that want it in their bundle.)
import {addShippedPack} from '../content/registry.js';
import {anxiousAttachmentEs} from '../content/anxious-attachment.es.js';

addShippedPack(anxiousAttachmentEs);

export {anxiousAttachmentEs};
