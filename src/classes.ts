// Every class and helper, without registering any element: for pages that register the
// elements themselves (for example under other names). `import 'attune-widgets'` registers them all.
// First, before Lit loads: see internal/trusted-types.ts.
import './internal/trusted-types.js';
export {AttuneProvider} from './components/provider/provider.js';
export {AttuneExplainer} from './components/explainer/explainer.js';
export {AttuneSymptomChecklist, type ChecklistItem} from './components/symptom-checklist/symptom-checklist.js';
export {AttuneBookingCta} from './components/booking-cta/booking-cta.js';
export {AttuneTherapyCards} from './components/therapy-cards/therapy-cards.js';
export {AttuneTherapyCard} from './components/therapy-cards/therapy-card.js';
export {AttuneElement} from './internal/attune-element.js';
export {AttuneToggleEvent, type AttuneToggleDetail} from './events/toggle.js';
export {AttuneCompleteEvent, type AttuneCompleteDetail} from './events/complete.js';
export {AttuneBookEvent, AttuneBookedEvent, type AttuneBookDetail} from './events/book.js';
export {configContext, type AttuneConfig, type Theme} from './context/config.js';
export * from './content/index.js';
