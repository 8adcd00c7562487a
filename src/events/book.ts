import {AttuneEvent} from './attune-event.js';

export interface AttuneBookDetail {
  /** The booking URL about to be opened (with `therapy` and UTM parameters added). */
  href: string;
  /** How it opens: `same`, `new-tab` or `dialog`. */
  target: 'same' | 'new-tab' | 'dialog';
  /** The therapy id the visitor asked about, if any. */
  therapy?: string;
}

/**
 * Fired when a visitor activates a booking call to action, before anything opens. Cancelable:
 * `event.preventDefault()` stops the navigation or dialog (a single-page app may route itself).
 */
export class AttuneBookEvent extends AttuneEvent<AttuneBookDetail> {
  constructor(detail: AttuneBookDetail) {
    super('attune-book', detail, true);
  }
}

/** Fired when an embedded booking page (Calendly, Cal.com) reports a booking. No personal data. */
export class AttuneBookedEvent extends AttuneEvent<{provider: 'calendly' | 'cal.com'}> {
  constructor(provider: 'calendly' | 'cal.com') {
    super('attune-booked', {provider});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'attune-book': AttuneBookEvent;
    'attune-booked': AttuneBookedEvent;
  }
}
