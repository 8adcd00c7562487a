import {html, type PropertyValues} from 'lit';
import {ContextProvider} from '@lit/context';
import {AttuneElement, themes} from '../../internal/attune-element.js';
import {configContext, type AttuneConfig} from '../../context/config.js';
import {ownUrl} from '../../internal/url.js';
import styles from './provider.styles.js';

/**
 * Wrap part of a page (or all of it) to set the booking URL, practice name, locale, theme and
 * region once, through `@lit/context`. A widget's own attribute always overrides the provider's.
 * Providers can be nested: the inner one overrides only what it sets. The provider itself draws
 * nothing (`display: contents`) and leaves the font, colour and line height of the page content
 * inside as the page sets them; its `theme` sets the `--attune-*` palette for the widgets inside
 * (and its `color-scheme`, which the page's own form controls and scrollbars inside follow too).
 * A provider registered after its widgets (one-element entry points imported in any order) still
 * reaches them.
 *
 * What it shares (`configContext`, key `Symbol.for('attune-config')`): `{ bookingUrl?,
 * practiceName?, locale?, theme?, region?, topic? }`, only the values that are set and valid (a
 * `topic` is shared as given). Your own Lit elements can read it with
 * `new ContextConsumer(this, {context: configContext, subscribe: true})`.
 *
 * @tagname attune-provider
 * @summary Shares configuration with every Attune widget inside it. Optional: widgets work alone.
 *
 * @slot - The page content and widgets to configure.
 */
export class AttuneProvider extends AttuneElement {
  static override styles = styles;

  static override properties = {
    bookingUrl: {attribute: 'booking-url'},
    practiceName: {attribute: 'practice-name'},
    region: {},
  };

  // Shares a new object on every change (never a mutated one), so consumers are notified.
  #provider = new ContextProvider(this, {context: configContext, initialValue: {}});

  /** The practice's booking page (http or https; relative URLs resolve against the page). */
  declare bookingUrl?: string;

  /** The practice's name, used in booking dialog titles and summaries. */
  declare practiceName?: string;

  /** Region for crisis lines, an ISO 3166 code such as `US`, `CA`, `GB`, `IE` or `AU`. Default: from the locale. */
  declare region?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const own: AttuneConfig = {
      bookingUrl: ownUrl(this, 'booking-url', this.bookingUrl, this.baseUrl),
      practiceName: this.practiceName?.trim() || undefined,
      locale: this.locale && this.locale === this.currentLocale ? this.locale : undefined,
      theme: this.theme && themes.includes(this.theme) ? this.theme : undefined,
      region: this.regionCode(this.region),
      topic: this.topic || undefined,
    };
    const merged = {...this.inherited};
    for (const [key, value] of Object.entries(own)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
    this.#provider.setValue(merged);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-provider': AttuneProvider;
  }
}
