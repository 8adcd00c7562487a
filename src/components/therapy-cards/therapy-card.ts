import {html, isServer, nothing, type PropertyValues} from 'lit';
import {ContextConsumer} from '@lit/context';
import {AttuneElement} from '../../internal/attune-element.js';
import {cardsContext} from '../../context/cards.js';
import {heading} from '../../internal/heading.js';
import {bookingLink} from '../../internal/booking-link.js';
import {parsing} from '../../internal/page.js';
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
 * them are told apart. "Ask about …" is an `<attune-booking-cta>` (so `attune-book` fires and is
 * cancelable) holding a plain link, which is what shows where that element is not registered.
 *
 * Inside `<attune-therapy-cards>` (the group's own cards and yours alike) a card takes the group's
 * heading level (one below its heading), booking URL, language and topic, unless it sets its own,
 * and is one of the group's list items.
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

  /** Level of the card's heading, 1–6. Default: one below its group's heading, else 3 (cards usually sit under a level-2 heading). */
  declare headingLevel?: number;

  /** Where "Ask about …" leads (http or https); the therapy id is added to its query. Default: the provider's `booking-url`. Without one, the card has no booking link. */
  declare bookingUrl?: string;

  // Inside <attune-therapy-cards>: the group's heading level, booking URL, language and topic.
  #group = new ContextConsumer(this, {context: cardsContext, subscribe: true});
  #item?: TherapyItem;
  #bookingUrl?: string;
  // The card's name comes from its heading slot's text, which a page (or a framework) may edit
  // after the first render: the toggle's and the link's names follow it. (In the browser only.)
  #observer?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    this.#observer ??= new MutationObserver(() => this.readChildren());
    this.#observer.observe(this, {childList: true, subtree: true, characterData: true});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** The provider's configuration, overlaid with the group's. */
  protected override get inherited() {
    const group = this.#group.value;
    const own = Object.entries(group?.config ?? {}).filter(([, value]) => value !== undefined);
    return {...super.inherited, ...Object.fromEntries(own)};
  }

  protected override get headingFallback() {
    return this.#group.value?.level ?? 3;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A card of the page's own inside a group is one of its list's items.
    if (this.#group.value && !this.hasAttribute('role')) this.setAttribute('role', 'listitem');
    this.#item = this.pack.sections.therapies.items?.find((item) => item.id === this.therapy);
    // A card reused for another therapy (the group's `therapies` reordered) starts closed.
    if (changed.get('therapy') !== undefined) this.expanded = false;
    // (While the page is still being parsed, a heading slot may yet arrive.)
    if ((!this.hasUpdated || changed.has('therapy')) && !this.#item && this.childMarkup.heading === undefined && !parsing()) {
      warnAttribute(this, 'therapy', this.therapy ?? '', 'no such therapy in the content pack, and no heading slot: the card has no name.');
    }
    this.#bookingUrl = this.bookingUrlFrom(this.bookingUrl);
  }

  #handleToggle(event: Event) {
    const {open} = event.target as HTMLDetailsElement;
    // Also fires after `expanded` was set from outside: only the visitor's change is news.
    if (open === this.expanded) return;
    this.expanded = open;
    this.dispatchEvent(new AttuneToggleEvent({therapy: this.therapy, expanded: open}));
  }

  protected override renderContent() {
    const item = this.#item;
    const texts = this.pack.cards;
    const name = this.childMarkup.heading || item?.title || '';
    const label = name ? format(texts.ask, {therapy: name}) : this.pack.booking.label;
    const {locale, topic} = this.pack;
    return html`
      <article part="card" aria-labelledby=${name ? 'heading' : nothing}>
        <div ?hidden=${!name}>${heading(this.level, 'heading', 'heading', html`<slot name="heading">${item?.title}</slot>`)}</div>
        <div part="summary"><slot>${item?.text}</slot></div>
        <details part="details" ?open=${this.expanded} @toggle=${this.#handleToggle}>
          <summary part="toggle">${texts.more}<span class="sr">${name && ` (${name})`}</span></summary>
          <slot name="details">${item ? html`<dl><dt>${texts.session}</dt><dd>${item.session}</dd><dt>${texts.helps}</dt><dd>${item.helps}</dd></dl>` : nothing}</slot>
        </details>
        ${this.#bookingUrl ? bookingLink({part: 'cta', href: this.#bookingUrl, label, look: 'link', therapy: this.therapy?.trim(), locale, topic}) : nothing}
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-therapy-card': AttuneTherapyCard;
  }
}
