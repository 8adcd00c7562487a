import {html, nothing, type PropertyValues} from 'lit';
import {AttuneElement} from '../../internal/attune-element.js';
import {heading} from '../../internal/heading.js';
import {oneOf} from '../../internal/warn.js';
import {AttuneToggleEvent} from '../../events/toggle.js';
import type {ContentSection, SectionName} from '../../content/types.js';
import styles from './explainer.styles.js';

const sections: readonly SectionName[] = ['what-is', 'signs', 'origins', 'therapies', 'benefits', 'closing'];

/**
 * A real heading (`h1`–`h6`, at the level you choose), paragraphs and real lists, in the language
 * of its content pack. A `collapsible` section shows only its heading until opened; the heading
 * holds a button with `aria-expanded`. Closed content stays findable with the browser's
 * find-in-page (`hidden="until-found"`, which opens the section) and is printed open. Pre-rendered
 * on a server, a collapsed section shows whole until the script takes over (and without it); then
 * one that starts above the bottom of the window (read, or being read) stays open, so nothing the
 * visitor has seen moves, and one further down closes.
 *
 * @tagname attune-explainer
 * @summary One educational section of the topic (what it is, signs, origins, therapies, benefits,
 * closing) as accessible, themeable content with a real heading and real lists.
 *
 * @slot heading - Replaces the heading text (the heading element and level stay). In a collapsible section it sits inside the toggle button, so put only text there (no links or buttons).
 * @slot - Extra content shown after the section's text, e.g. a paragraph of your own.
 *
 * @event {AttuneToggleEvent} attune-toggle - A collapsible section was opened or closed. `detail: { section, expanded }`. Bubbles, composed.
 *
 * @csspart base - The wrapper of the whole section.
 * @csspart heading - The heading element (`h1`–`h6`).
 * @csspart toggle - The button inside the heading of a collapsible section.
 * @csspart body - Everything below the heading.
 * @csspart list - The list of items.
 * @csspart item - One list item.
 * @csspart term - The bold title of a list item.
 *
 * @cssproperty --attune-explainer-padding - Padding around the section. Default `0`, or `1rem 1.25rem` with a `theme`.
 * @cssproperty --attune-explainer-marker-color - Colour of the list bullets. Default `--attune-accent`.
 */
export class AttuneExplainer extends AttuneElement {
  static override styles = [AttuneElement.styles, styles];

  static override properties = {
    section: {},
    headingLevel: {attribute: 'heading-level', type: Number},
    heading: {},
    collapsible: {type: Boolean, reflect: true},
    expanded: {type: Boolean, reflect: true},
  };

  /** Which section to show: `what-is`, `signs`, `origins`, `therapies`, `benefits` or `closing`. */
  section: SectionName = 'what-is';

  /** Level of the section heading, 1–6, so it fits the page's outline. */
  headingLevel = 2;

  /** Replaces the heading text from the content pack. */
  declare heading?: string;

  /** Shows only the heading until the visitor opens the section (for long sections). */
  collapsible = false;

  /** Whether a collapsible section is open. Ignored unless `collapsible`. */
  expanded = false;

  #content!: ContentSection;
  #section: SectionName = 'what-is';
  /** Server-rendered: shown whole until hydrated (explainer.styles.ts). */
  #prerendered = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#section = oneOf(this, 'section', this.section, sections, 'what-is');
    this.#content = this.pack.sections[this.#section];
  }

  protected override createRenderRoot() {
    // Made when it connects, or, pre-rendered and waiting (defer-hydration), when it hydrates: by then
    // its declarative shadow root is attached, even if it was upgraded while the page was parsed.
    this.#prerendered = !!this.shadowRoot;
    return super.createRenderRoot();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Just hydrated: a section the visitor could see open stays open (no toggle event: they did
    // nothing). Set once this update is done (before the next paint), not during it.
    // (Asked only then: reading the layout costs every other explainer nothing.)
    if (!this.#prerendered || !this.collapsible || this.expanded) return;
    if (this.getClientRects().length > 0 && this.getBoundingClientRect().top < innerHeight) void this.updateComplete.then(() => (this.expanded = true));
  }

  #handleToggle() {
    this.expanded = !this.expanded;
    this.dispatchEvent(new AttuneToggleEvent({section: this.#section, expanded: this.expanded}));
  }

  #handleBeforeMatch() {
    // Find-in-page found text in a closed section: open it, as the browser expects.
    if (!this.expanded) this.#handleToggle();
  }

  protected override renderContent() {
    const {intro = [], items = [], outro = []} = this.#content;
    const closed = this.collapsible && !this.expanded;
    const text = html`<slot name="heading">${this.heading?.trim() || this.#content.heading}</slot>`;
    const title = this.collapsible
      ? html`<button part="toggle" type="button" aria-expanded=${String(this.expanded)} aria-controls="body" @click=${this.#handleToggle}>
          <span>${text}</span>
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" /></svg>
        </button>`
      : text;
    return html`
      <div part="base">
        ${heading(this.level, 'heading', 'heading', title)}
        <div part="body" id="body" hidden=${closed ? 'until-found' : nothing} @beforematch=${this.#handleBeforeMatch}>
          ${intro.map((p) => html`<p>${p}</p>`)}
          ${items.length
            ? html`<ul part="list">
                ${items.map((item) => html`<li part="item"><span part="term">${item.title}</span> ${item.text}</li>`)}
              </ul>`
            : nothing}
          ${outro.map((p) => html`<p>${p}</p>`)}
          <slot></slot>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-explainer': AttuneExplainer;
  }
}
