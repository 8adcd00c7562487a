// The entry of dist/attune.es.js, for pages that already use it: attune.js, and the Spanish pack
// fetched beside it at once rather than when the first Spanish widget asks for it (widgets on a
// Spanish page, or with locale="es", load it on demand anyway).
import '../script-tag.js';
import '../content/anxious-attachment.es.js';
