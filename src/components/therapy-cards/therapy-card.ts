import {html, nothing, type PropertyValues} from 'lit';
import {AttuneElement} from '../../internal/attune-element.js';
import {heading, headingLevel} from '../../internal/heading.js';
import {ownUrl, safeUrl} from '../../internal/url.js';
import {warnAttribute} from '../../internal/warn.js';
import {format} from '../../content/registry.js';
import {AttuneToggleEvent} from '../../events/toggle.js';
import type {TherapyItem} from '../../content/types.js';
import styles from './therapy-cards.styles.js';

/**
 * With `therapy="cbt"` the texts come from the content pack. Without a known id, the slots make a
 * card for an approach of your own (give it a `therapy` id all the same, for the booking link). A
 * card with neither a known id nor a `heading` slot has no name: one console warning, and no empty
 * heading. Alone, its heading is an `h3` unless you set `heading-level`.
 *
 * The details are a native `<details>` disclosure: keyboard, screen reader and find-in-page behave as
 * everywhere else on the web, and it prints open where `::details-content` is supported. Its
 * accessible name includes the therapy ("What to expect (Emotion-focused therapy (EFT))"), so six of
 * them are told apart. "Ask about …" is an `<attune-booking-cta>` when that element is registered (so
 * `attune-book` fires and is cancelable), otherwise a plain link.
 *
 * @tagname attune-therapy-card
 * @summary One therapy approach: its name, a short summary, details that open on request (what a
 * session involves, how it helps), and a link to ask the practice about it.
 *
 * @slot heading - The card's name (replaces the pack's; the heading element and level stay).
 * @slot - The short summary.
 * @slot details - What opens under "What to expect" (replaces the pack's session and benefit texts).
 *
 * @event {AttuneToggleEvent} attune-toggle - The visitor opened or closed the details. `detail: { therapy, expanded }`. Setting `expanded` fires none.
 *
 * @csspart card - The card (an `article`).
 * @csspart heading - The card's heading (`h1`–`h6`).
 * @csspart summary - The short summary.
 * @csspart details - The `details` element.
 * @csspart toggle - Its `summary`: what the visitor clicks to open or close the details.
 * @csspart cta - The "Ask about …" link (an `<attune-booking-cta>` when that element is registered).
 *
 * @cssproperty --attune-card-padding - Padding inside the card. Default `1rem 1.25rem`.
 * @cssproperty --attune-card-heading-size - Font size of the card's heading. Default `1.2em`.
 */
export class AttuneTherapyCard extends AttuneElement {
  static override styles = [AttuneElement.styles, styles];

  static override properties = {
    therapy: {reflect: true},
    expanded: {type: Boolean, reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
    bookingUrl: {attribute: 'booking-url'},
  };

  /** Id of a therapy in the content pack (`attachment-based`, `cbt`, `eft`, `mindfulness`, `trauma-inner-child`, `psychoeducation`), or your own id for a custom card. Sent with the booking link as `?therapy=…`. */
  declare therapy?: string;

  /** Whether the details are open. */
  expanded = false;

  /** Level of the card's heading, 1–6. Default 3: cards usually sit under a level-2 heading. */
  headingLevel = 3;

  /** Where "Ask about …" leads (http or https); the therapy id is added to its query. Default: the provider's `booking-url`. Without one, the card has no booking link. */
  declare bookingUrl?: string;

  #item?: TherapyItem;
  #bookingUrl?: string;
  // The card's name comes from its heading slot's text, which a page (or a framework) may edit
  // after the first render: the toggle's and the link's names follow it.
  #observer = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, {childList: true, subtree: true, characterData: true});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#item = this.pack.sections.therapies.items?.find((item) => item.id === this.therapy);
    // A card reused for another therapy (the group's `therapies` reordered) starts closed.
    if (changed.get('therapy') !== undefined) this.expanded = false;
    // (While the page is still being parsed, a heading slot may yet arrive.)
    if ((!this.hasUpdated || changed.has('therapy')) && !this.#item && !this.querySelector(':scope > [slot=heading]') && document.readyState !== 'loading') {
      warnAttribute(this, 'therapy', this.therapy ?? '', 'no such therapy in the content pack, and no heading slot: the card has no name.');
    }
    this.#bookingUrl = ownUrl(this, 'booking-url', this.bookingUrl) ?? safeUrl(this.inherited.bookingUrl) ?? undefined;
  }

  #handleToggle(event: Event) {
    const {open} = event.target as HTMLDetailsElement;
    // Also fires after `expanded` was set from outside: only the visitor's change is news.
    if (open === this.expanded) return;
    this.expanded = open;
    this.dispatchEvent(new AttuneToggleEvent({therapy: this.therapy, expanded: open}));
  }

  override render() {
    const item = this.#item;
    const c = this.pack.cards;
    const name = this.querySelector(':scope > [slot=heading]')?.textContent?.trim() || item?.title || '';
    const label = name ? format(c.ask, {therapy: name}) : this.pack.booking.label;
    const base = this.#bookingUrl;
    const url = base && new URL(base);
    if (url && this.therapy?.trim()) url.searchParams.set('therapy', this.therapy.trim());
    return html`
      <article part="card" aria-labelledby=${name ? 'heading' : nothing} lang=${this.pack.locale} dir=${this.pack.dir ?? 'ltr'}>
        <div ?hidden=${!name}>${heading(headingLevel(this, 3), 'heading', 'heading', html`<slot name="heading">${item?.title}</slot>`)}</div>
        <div part="summary"><slot>${item?.text}</slot></div>
        <details part="details" ?open=${this.expanded} @toggle=${this.#handleToggle}>
          <summary part="toggle">${c.more}<span class="sr">${name && ` (${name})`}</span></summary>
          <slot name="details">${item ? html`<dl><dt>${c.session}</dt><dd>${item.session}</dd><dt>${c.helps}</dt><dd>${item.helps}</dd></dl>` : nothing}</slot>
        </details>
        ${!url
          ? nothing
          : customElements.get('attune-booking-cta')
            ? html`<attune-booking-cta part="cta" variant="link" href=${base} therapy=${this.therapy ?? nothing} label=${label}></attune-booking-cta>`
            : html`<a part="cta" href=${url.href}>${label}</a>`}
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-therapy-card': AttuneTherapyCard;
  }
}
