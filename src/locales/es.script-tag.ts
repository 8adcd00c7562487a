// The entry of dist/attune.es.js: the script-tag file plus the Spanish pack, added before any widget
// renders. Pages that load attune.js alone get the same pack on demand; this file keeps working for
// pages that already use it:   <script type="module" src="/assets/attune.es.js"></script>
import '../script-tag.js';
import '../locales/es.js';
