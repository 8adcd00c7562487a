// The entry of dist/attune.es.js: the script-tag file plus the Spanish pack. It imports
// ./attune.js (kept as a separate file), so one tag loads both, and the pack is registered in the
// same module evaluation, before any widget renders:
//   <script type="module" src="/assets/attune.es.js"></script>
import {registerPack} from '../script-tag.js';
import {anxiousAttachmentEs} from '../content/anxious-attachment.es.js';

registerPack(anxiousAttachmentEs, {replace: false});
