// One-element entry point: `import 'attune-widgets/booking-cta'` registers <attune-booking-cta> only.
import {AttuneBookingCta} from '../components/booking-cta/booking-cta.js';
import {defineWithContextRoot} from '../internal/define.js';

defineWithContextRoot('attune-booking-cta', AttuneBookingCta);

export {AttuneBookingCta};
