import {createContext} from '@lit/context';
import type {AttuneConfig} from './config.js';

/**
 * What `<attune-therapy-cards>` shares with every card inside it, its own and those of the page: the
 * cards' heading level (one below the group's), and its booking URL, language and topic, which a
 * card takes over the provider's unless it sets its own.
 */
export interface CardsConfig {
  level: number;
  config: Pick<AttuneConfig, 'bookingUrl' | 'locale' | 'topic'>;
}

export const cardsContext = createContext<CardsConfig>(Symbol.for('attune-therapy-cards'));
