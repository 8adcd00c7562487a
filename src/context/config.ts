import {createContext} from '@lit/context';

export type Theme = 'light' | 'dark' | 'auto';

/** What `<attune-provider>` shares with every widget inside it. Every field is optional. */
export interface AttuneConfig {
  bookingUrl?: string;
  practiceName?: string;
  locale?: string;
  theme?: Theme;
  region?: string;
  topic?: string;
}

/**
 * `Symbol.for` gives the same key to every copy of the library on a page, so a provider from the
 * script-tag build configures widgets from an npm build and vice versa.
 */
export const configContext = createContext<AttuneConfig>(Symbol.for('attune-config'));
