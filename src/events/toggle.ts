import {AttuneEvent} from './attune-event.js';

export interface AttuneToggleDetail {
  /** The new state. */
  expanded: boolean;
  /** The explainer section that opened or closed. */
  section?: string;
  /** The therapy card that opened or closed. */
  therapy?: string;
}

/** Fired when a visitor opens or closes a collapsible section or card. Bubbles and crosses shadow roots. */
export class AttuneToggleEvent extends AttuneEvent<AttuneToggleDetail> {
  constructor(detail: AttuneToggleDetail) {
    super('attune-toggle', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'attune-toggle': AttuneToggleEvent;
  }
}
