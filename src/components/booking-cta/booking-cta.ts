import {html, nothing, type PropertyValues} from 'lit';
import {AttuneElement} from '../../internal/attune-element.js';
import {heading} from '../../internal/heading.js';
import {safeUrl} from '../../internal/url.js';
import {parsing} from '../../internal/page.js';
import {errorAttribute, oneOf, warnAttribute} from '../../internal/warn.js';
import {format} from '../../content/registry.js';
import {AttuneBookEvent} from '../../events/book.js';
import type {BookingDialog} from './booking-dialog.js';
import styles from './booking-cta.styles.js';

type Variant = 'button' | 'link' | 'banner' | 'floating';
type Target = 'same' | 'new-tab' | 'dialog';

/**
 * Write a plain link inside it and the page works before (or without) the script:
 * `<attune-booking-cta><a href="https://…">Book a trial session</a></attune-booking-cta>`; after
 * upgrade the element takes that link's address and text. Only http(s) addresses are used: anything
 * else (`javascript:`, `data:`, malformed) is refused with one console error, and the CTA shows a
 * disabled button with its usual text (without any URL: one warning, the same disabled button).
 *
 * The trigger is a link in every target (`aria-haspopup="dialog"` for the dialog), so it works
 * before and without the script, pre-rendered too. Properties take what frameworks pass: a URL
 * object for `href` is its address.
 *
 * **The dialog** is a native `<dialog>` opened with `showModal()`, labelled by its heading; its code
 * loads the first time one opens (if it cannot, the booking page opens in this tab). The
 * booking page loads in a titled frame created only when the dialog opens (sandboxed when the page
 * is on another origin), with a "Loading the booking page…" status and an always visible "Open the
 * booking page in a new tab" link. Focus moves into the dialog and back to the button when it closes
 * (Escape or Close). Calendly's and Cal.com's "booked" messages are accepted only from the dialog's
 * own frame and the booking URL's origin, while the dialog is open, and reported as `attune-booked`
 * without personal data. A new address makes a new frame (never a same-origin frame navigated to
 * another origin without its sandbox); removing or spoiling `href` closes the dialog. Escape does
 * nothing while focus is inside a cross-origin booking page (the frame keeps its keys): Shift+Tab
 * leaves it to the new-tab link, then Close.
 *
 * **The floating button** is fixed in the bottom corner (inside the safe area); the element keeps
 * 5rem of room where you place it, so put it last on the page. While it is on the page, elements
 * that take focus are scrolled clear of it (see `--attune-floating-room`).
 *
 * @tagname attune-booking-cta
 * @summary The call to action that opens the practice's booking page (any provider) in the same
 * tab, a new tab, or an accessible dialog. Nothing loads until the visitor clicks.
 *
 * @slot label - Replaces the button text.
 * @slot heading - Banner variant: replaces the heading.
 * @slot text - Banner variant: replaces the short text.
 *
 * @event {AttuneBookEvent} attune-book - The visitor activated the CTA, before anything opens. Cancelable: `preventDefault()` stops the navigation or dialog (a single-page app can route itself). `detail: { href, target, therapy }`.
 * @event {AttuneBookedEvent} attune-booked - An embedded Calendly or Cal.com page reported a booking. `detail: { provider }` (`'calendly'` or `'cal.com'`), no personal data.
 *
 * @csspart button - The link or button the visitor activates.
 * @csspart banner - The banner variant's box.
 * @csspart heading - The banner's heading.
 * @csspart text - The banner's text.
 * @csspart dialog - The booking dialog.
 * @csspart close - The dialog's close button.
 * @csspart new-tab - The dialog's "open in a new tab" link.
 * @csspart frame - The dialog's iframe.
 *
 * @cssproperty --attune-floating-room - Floating variant: room kept at the bottom of the page's scroll padding, so an element that takes focus is scrolled clear of the button. Set it on `:root`. Default `5rem`; a page's own `scroll-padding` wins.
 */
export class AttuneBookingCta extends AttuneElement {
  static override styles = [AttuneElement.styles, styles];

  static override properties = {
    href: {},
    label: {},
    variant: {reflect: true},
    target: {},
    therapy: {},
    utmSource: {attribute: 'utm-source'},
    utmMedium: {attribute: 'utm-medium'},
    utmCampaign: {attribute: 'utm-campaign'},
    practiceName: {attribute: 'practice-name'},
    analytics: {},
    headingLevel: {attribute: 'heading-level', type: Number},
    open: {state: true},
  };

  /** The booking page (http or https; relative URLs resolve against the page). Default: the provider's `booking-url`, then a child link's href. */
  declare href?: string;

  /** The button text. Default: a child link's text, then the content pack's ("Book a trial session"). */
  declare label?: string;

  /** `button` (default), `link` (a text link), `banner` (heading, text and button) or `floating` (a fixed corner button). */
  variant: Variant = 'button';

  /** `same` (this tab, the default), `new-tab`, or `dialog` (an accessible dialog with the page in a frame). */
  target: Target = 'same';

  /** A therapy id added to the URL as `?therapy=…`, so the practice knows what the visitor asked about. */
  declare therapy?: string;

  /** Added to the URL as `utm_source`. Nothing else from the page's URL is forwarded. */
  declare utmSource?: string;

  /** Added to the URL as `utm_medium`. */
  declare utmMedium?: string;

  /** Added to the URL as `utm_campaign`. */
  declare utmCampaign?: string;

  /** The practice's name for the dialog title. Default: the provider's `practice-name`. */
  declare practiceName?: string;

  /** `datalayer`: push `{event: 'attune_book_click', variant, target}` to `window.dataLayer` when it exists. Off by default. */
  declare analytics?: 'datalayer';

  /** Banner variant: level of its heading, 1–6. */
  headingLevel = 2;

  private open = false;
  /** The booking URL in use, with the therapy and UTM parameters; `null` when there is none. */
  #url: string | null = null;
  /** The variant and target in effect, after validation. */
  #mode: [Variant, Target] = ['button', 'same'];
  /** Made on the first open, from a module loaded then: a page pays for the dialog only when it is used. */
  #dialog?: BookingDialog;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#closed();
    this.#keepRoom();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#mode = [
      oneOf(this, 'variant', this.variant, ['button', 'link', 'banner', 'floating'], 'button'),
      oneOf(this, 'target', this.target, ['same', 'new-tab', 'dialog'], 'same'),
    ];
    if (changed.has('analytics') && this.analytics && this.analytics !== 'datalayer') {
      warnAttribute(this, 'analytics', this.analytics, 'expected "datalayer"; analytics stay off.');
    }
    this.#url = this.#bookingUrl();
    if (!this.#url) {
      // The page removed or spoiled the URL while the dialog was open: it closes with it.
      this.#closed();
      return;
    }
    if (this.open) this.#dialog?.follow(this.#url);
  }

  protected override updated(): void {
    this.#keepRoom();
  }

  #roomKept = false;

  /** The floating variant keeps the page's focused elements clear of it (internal/floating-room.ts, loaded only then). */
  #keepRoom() {
    if (!this.#roomKept && this.#mode[0] !== 'floating') return;
    this.#roomKept = true;
    import('../../internal/floating-room.js').then(({floatingRoom}) => floatingRoom(this, this.isConnected && this.#mode[0] === 'floating'));
  }

  /** Own `href`, else a child link's, else the provider's; checked, with the therapy and UTM parameters added. */
  #bookingUrl(): string | null {
    const link = this.childMarkup.link?.href;
    const own = this.href ?? link;
    const safe = own != null ? safeUrl(own, this.baseUrl) : this.inherited.bookingUrl;
    if (!safe) {
      if (own != null) errorAttribute(this, this.href != null ? 'href' : '<a href> child', own, 'only http(s) URLs are allowed; the button is disabled.');
      // (While the page is still being parsed, a fallback link may yet arrive.)
      else if (!parsing()) warnAttribute(this, 'href', '', "no booking URL (href, or a provider's booking-url); the button is disabled.");
      return null;
    }
    // Relative (on the server without a base address): the browser adds the parameters.
    if (!/^https?:/.test(safe)) return safe;
    const url = new URL(safe);
    const params: Array<[string, string | undefined]> = [
      ['therapy', this.therapy],
      ['utm_source', this.utmSource],
      ['utm_medium', this.utmMedium],
      ['utm_campaign', this.utmCampaign],
    ];
    for (const [key, value] of params) if (value?.trim()) url.searchParams.set(key, value.trim());
    return url.href;
  }

  #closed() {
    this.open = false;
    this.#dialog?.forget();
  }

  #handleClick(event: Event) {
    const [variant, target] = this.#mode;
    if (!this.dispatchEvent(new AttuneBookEvent({href: this.#url!, target, therapy: this.therapy || undefined}))) {
      event.preventDefault();
      return;
    }
    const dataLayer = (window as {dataLayer?: unknown[]}).dataLayer;
    if (this.analytics === 'datalayer' && Array.isArray(dataLayer)) dataLayer.push({event: 'attune_book_click', variant, target});
    if (target === 'dialog') {
      event.preventDefault();
      this.#showDialog();
    }
  }

  async #showDialog() {
    const url = this.#url!;
    if (!this.#dialog) {
      try {
        const {BookingDialog} = await import('./booking-dialog.js');
        this.#dialog ??= new BookingDialog(this);
      } catch {
        // The dialog's code could not be loaded (offline?): the booking page opens in this tab instead.
        location.assign(url);
        return;
      }
    }
    if (!this.#url) return;
    this.#dialog.follow(this.#url);
    this.open = true;
    await this.updateComplete;
    if (!this.#dialog.show()) this.#closed();
  }

  #handleClose = () => {
    this.#closed();
    this.renderRoot.querySelector<HTMLElement>('[part~="button"]')?.focus({preventScroll: true});
  };

  #renderDialog() {
    const texts = this.pack.booking;
    const name = this.practiceName?.trim() || this.inherited.practiceName;
    const title = name ? format(texts.dialogTitle, {practice: name}) : texts.label;
    return this.#dialog!.render({title, close: texts.close, newTab: texts.newTab, loading: this.pack.ui.loading}, this.#url!, this.#handleClose);
  }

  protected override renderContent() {
    const texts = this.pack.booking;
    const [variant, target] = this.#mode;
    const text = html`<slot name="label">${this.label?.trim() || this.childMarkup.link?.text || texts.label}</slot>`;
    const look = variant === 'link' ? 'link' : 'btn primary';
    const newTab = target === 'new-tab';
    const trigger = !this.#url
      ? html`<button part="button" class=${look} type="button" disabled>${text}</button>`
      : // A link in every target, so it works before the script (pre-rendered) and without it: the
        // dialog target opens its dialog instead of following the link.
        html`<a part="button" class=${look} href=${this.#url} target=${newTab ? '_blank' : nothing} rel=${newTab ? 'noopener' : nothing} aria-haspopup=${target === 'dialog' ? 'dialog' : nothing} @click=${this.#handleClick}
          >${text}${newTab ? html`<span class="sr"> ${this.pack.ui.newTabHint}</span>` : nothing}</a
        >`;
    return html`
      ${variant === 'banner'
        ? html`<section part="banner" aria-labelledby="heading">
            ${heading(this.level, 'heading', 'heading', html`<slot name="heading">${texts.heading}</slot>`)}
            <p part="text"><slot name="text">${texts.text}</slot></p>
            ${trigger}
          </section>`
        : trigger}
      ${this.open ? this.#renderDialog() : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-booking-cta': AttuneBookingCta;
  }
}
