import {AttuneEvent} from './attune-event.js';

/**
 * What `attune-complete` tells the page: how far the visitor got, never what they answered.
 * No answers, no score and no band, so analytics can never receive them by accident.
 */
export interface AttuneCompleteDetail {
  mode: 'check' | 'rate';
  answered: number;
  total: number;
}

/** Fired when a visitor asks for their reflection. Bubbles and crosses shadow roots. */
export class AttuneCompleteEvent extends AttuneEvent<AttuneCompleteDetail> {
  constructor(detail: AttuneCompleteDetail) {
    super('attune-complete', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'attune-complete': AttuneCompleteEvent;
  }
}
