// One-element entry point: `import 'attune-widgets/booking-cta'` registers <attune-booking-cta> only.
// First, before Lit loads: see internal/trusted-types.ts.
import '../internal/trusted-types.js';
import {AttuneBookingCta} from '../components/booking-cta/booking-cta.js';
import {defineWithContextRoot} from '../internal/define.js';

defineWithContextRoot('attune-booking-cta', AttuneBookingCta);

export {AttuneBookingCta};
