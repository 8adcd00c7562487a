// `import 'attune-widgets/locales/es'` registers the Spanish content pack. Import it before the
// widgets render (with the elements, at the top of your entry), or set `locale` afterwards.
import {registerPack} from '../content/registry.js';
import {anxiousAttachmentEs} from '../content/anxious-attachment.es.js';

registerPack(anxiousAttachmentEs, {replace: false});

export {anxiousAttachmentEs};
