import {html, type PropertyValues} from 'lit';
import {ContextProvider} from '@lit/context';
import {AttuneElement} from '../../internal/attune-element.js';
import {heading} from '../../internal/heading.js';
import {cardsContext} from '../../context/cards.js';
import {oneOf, warnAttribute} from '../../internal/warn.js';
import type {TherapyItem} from '../../content/types.js';
import styles from './therapy-cards.styles.js';

/**
 * Renders one `<attune-therapy-card>` per therapy of the content pack, in the pack's order or the
 * order of `therapies`: a heading, then a responsive grid of cards of equal height (one column at
 * 320px), or one card a row. Cards of your own (`<attune-therapy-card>` children) follow them and,
 * unless they set their own, get the group's `booking-url`, language, topic and a heading one level
 * below the group's. The grid is a list (`role="list"`, each card a `listitem`), so screen readers
 * announce how many cards there are. Without a booking URL the cards have no booking link.
 *
 * @tagname attune-therapy-cards
 * @summary The therapies that can help with the topic, as comparable cards under one heading,
 * each with details on request and a link to ask about it.
 *
 * @slot heading - Replaces the group's heading text (the heading element and level stay).
 * @slot - Your own `<attune-therapy-card>` elements, shown after the pack's cards.
 *
 * @event {AttuneToggleEvent} attune-toggle - A card's details opened or closed by the visitor. `detail: { therapy, expanded }`. Bubbles and is composed, so the page hears it on the group.
 *
 * @csspart base - The wrapper of the group.
 * @csspart heading - The group's heading.
 * @csspart list - The grid (or list) of cards.
 * @csspart card - Each card (forwarded from the cards inside).
 * @csspart card-heading - Each card's heading.
 * @csspart summary - Each card's summary.
 * @csspart details - Each card's `details` element.
 * @csspart toggle - Each card's "What to expect" control.
 * @csspart cta - Each card's "Ask about …" link.
 *
 * @cssproperty --attune-cards-min-width - Narrowest a card gets before the grid drops a column. Default `16rem`.
 * @cssproperty --attune-card-padding - Padding inside every card. Default `1rem 1.25rem`.
 * @cssproperty --attune-card-heading-size - Font size of every card's heading. Default `1.2em`.
 */
export class AttuneTherapyCards extends AttuneElement {
  static override styles = [AttuneElement.styles, styles];

  static override properties = {
    therapies: {},
    layout: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
    heading: {},
    bookingUrl: {attribute: 'booking-url'},
  };

  /** Which therapies to show and in what order, as comma-separated ids (`cbt,eft`). Default: all of the pack's, in its order. */
  declare therapies?: string;

  /** `grid` (responsive columns of equal-height cards, the default) or `list` (one card a row). */
  layout: 'grid' | 'list' = 'grid';

  /** Level of the group's heading, 1–6; each card's heading is one level below. */
  headingLevel = 2;

  /** Replaces the group's heading text from the content pack. */
  declare heading?: string;

  /** Where each card's "Ask about …" link leads (http or https). Default: the provider's `booking-url`. */
  declare bookingUrl?: string;

  // Shared with every card inside: the group's cards and the page's own.
  #cards = new ContextProvider(this, {context: cardsContext});
  #items: readonly TherapyItem[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    oneOf(this, 'layout', this.layout, ['grid', 'list'], 'grid');
    const all = this.pack.sections.therapies.items ?? [];
    const ids = [...new Set(this.therapies?.split(',').map((id) => id.trim()).filter(Boolean))];
    const unknown = ids.filter((id) => !all.some((item) => item.id === id));
    if (unknown.length) {
      warnAttribute(this, 'therapies', unknown.join(','), `no such therapy, skipped. Known: ${all.map((item) => item.id).join(', ')}.`);
    }
    const chosen = ids.flatMap((id) => all.filter((item) => item.id === id));
    this.#items = chosen.length ? chosen : all;
    // Replaced, never mutated: context consumers hear only of a new object.
    this.#cards.setValue({
      level: Math.min(this.level + 1, 6),
      config: {bookingUrl: this.bookingUrlFrom(this.bookingUrl), locale: this.pack.locale, topic: this.pack.topic},
    });
  }

  protected override renderContent() {
    return html`
      <section part="base" aria-labelledby="heading">
        ${heading(this.level, 'heading', 'heading', html`<slot name="heading">${this.heading?.trim() || this.pack.sections.therapies.heading}</slot>`)}
        <div part="list" role="list">
          ${this.#items.map((item) => html`<attune-therapy-card role="listitem" exportparts="card,heading:card-heading,summary,details,toggle,cta" therapy=${item.id}></attune-therapy-card>`)}
          <slot></slot>
        </div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-therapy-cards': AttuneTherapyCards;
  }
}
