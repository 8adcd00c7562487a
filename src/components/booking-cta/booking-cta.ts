import {html, nothing, type PropertyValues} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {AttuneElement} from '../../internal/attune-element.js';
import {heading, headingLevel} from '../../internal/heading.js';
import {safeUrl} from '../../internal/url.js';
import {floatingRoom} from '../../internal/floating-room.js';
import {errorAttribute, oneOf, warnAttribute} from '../../internal/warn.js';
import {format} from '../../content/registry.js';
import {AttuneBookEvent, AttuneBookedEvent} from '../../events/book.js';
import styles from './booking-cta.styles.js';

type Variant = 'button' | 'link' | 'banner' | 'floating';
type Target = 'same' | 'new-tab' | 'dialog';

/** What the dialog's frame loads, and the sandbox it loads it in: always derived together. */
interface Frame {
  src: string;
  origin: string;
  sandbox?: string;
}

/**
 * The frame for a booking URL. Calendly and Cal.com show their embed views when asked, as their
 * embed scripts do. A cross-origin page is sandboxed so it cannot navigate the site; a page on the
 * site's own origin could lift that sandbox anyway (and Chromium warns about it), so it gets none.
 */
function frameFor(booking: string): Frame {
  const url = new URL(booking);
  if (/(^|\.)calendly\.com$/.test(url.hostname)) {
    url.searchParams.set('embed_domain', location.hostname);
    url.searchParams.set('embed_type', 'PopupWidget');
  } else if (/(^|\.)cal\.com$/.test(url.hostname)) {
    url.searchParams.set('embed', '');
    url.searchParams.set('embedType', 'modal');
  }
  const sandbox = url.origin === location.origin ? undefined : 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox';
  return {src: url.href, origin: url.origin, sandbox};
}

/**
 * Write a plain link inside it and the page works before (or without) the script:
 * `<attune-booking-cta><a href="https://…">Book a trial session</a></attune-booking-cta>`; after
 * upgrade the element takes that link's address and text. Only http(s) addresses are used: anything
 * else (`javascript:`, `data:`, malformed) is refused with one console error, and the CTA shows a
 * disabled button with its usual text (without any URL: one warning, the same disabled button).
 *
 * **The dialog** is a native `<dialog>` opened with `showModal()`, labelled by its heading. The
 * booking page loads in a titled frame created only when the dialog opens (sandboxed when the page
 * is on another origin), with a "Loading the booking page…" status and an always visible "Open the
 * booking page in a new tab" link. Focus moves into the dialog and back to the button when it closes
 * (Escape or Close). Calendly's and Cal.com's "booked" messages are accepted only from the dialog's
 * own frame and the booking URL's origin, while the dialog is open, and reported as `attune-booked`
 * without personal data.
 *
 * **The floating button** is fixed in the bottom corner (inside the safe area); the element keeps
 * 5rem of room where you place it, so put it last on the page.
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
    loading: {state: true},
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
  private loading = false;
  #url: string | null = null;
  /** While the dialog is open: its frame. */
  #frame?: Frame;
  /** The variant and target in effect, after validation. */
  #mode: [Variant, Target] = ['button', 'same'];
  #fallback?: {href: string | null; label: string};

  protected override readChildren() {
    const link = this.querySelector(':scope > a[href]');
    if (link) {
      this.#fallback = {href: link.getAttribute('href'), label: link.textContent?.trim() ?? ''};
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#closed();
    floatingRoom(this, false);
  }

  protected override updated(): void {
    floatingRoom(this, this.isConnected && this.#mode[0] === 'floating');
  }

  /** The dialog is gone (closed, or its element or URL removed): stop listening, forget the frame. */
  #closed() {
    removeEventListener('message', this.#handleMessage);
    this.open = false;
    this.#frame = undefined;
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
    const own = this.href ?? this.#fallback?.href;
    const safe = own != null ? safeUrl(own) : this.inherited.bookingUrl;
    if (!safe) {
      if (own != null) errorAttribute(this, this.href != null ? 'href' : '<a href> child', own, 'only http(s) URLs are allowed; the button is disabled.');
      // (While the page is still being parsed, a fallback link may yet arrive.)
      else if (document.readyState !== 'loading') warnAttribute(this, 'href', '', 'no booking URL (href, or a provider\'s booking-url); the button is disabled.');
      this.#url = null;
      // The page removed or spoiled the URL while the dialog was open: it closes with it.
      if (this.open) this.#closed();
      return;
    }
    const url = new URL(safe);
    const params: Array<[string, string | undefined]> = [
      ['therapy', this.therapy],
      ['utm_source', this.utmSource],
      ['utm_medium', this.utmMedium],
      ['utm_campaign', this.utmCampaign],
    ];
    for (const [key, value] of params) if (value?.trim()) url.searchParams.set(key, value.trim());
    this.#url = url.href;
    if (this.open) {
      const frame = frameFor(this.#url);
      if (frame.src !== this.#frame?.src) this.loading = true;
      this.#frame = frame;
    }
  }

  #handleClick(event: Event) {
    const [variant, target] = this.#mode;
    if (!this.dispatchEvent(new AttuneBookEvent({href: this.#url!, target, therapy: this.therapy || undefined}))) {
      event.preventDefault();
      return;
    }
    const dataLayer = (window as {dataLayer?: unknown[]}).dataLayer;
    if (this.analytics === 'datalayer' && Array.isArray(dataLayer)) dataLayer.push({event: 'attune_book_click', variant, target});
    if (target === 'dialog') this.#showDialog();
  }

  async #showDialog() {
    this.open = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    // An attune-book listener (or anything else) may have removed the element or its URL meanwhile.
    if (!this.isConnected || !dialog) return this.#closed();
    dialog.showModal();
    addEventListener('message', this.#handleMessage);
  }

  #handleClose() {
    this.#closed();
    this.renderRoot.querySelector<HTMLElement>('[part~="button"]')?.focus({preventScroll: true});
  }

  /** Only the dialog's own frame, and only from the booking page's origin, can report a booking. */
  #handleMessage = (event: MessageEvent) => {
    const frame = this.renderRoot.querySelector('iframe');
    if (!frame || !this.#frame || event.source !== frame.contentWindow || event.origin !== this.#frame.origin) return;
    let data = event.data;
    try {
      if (typeof data === 'string') data = JSON.parse(data);
    } catch {
      return;
    }
    const provider = data?.event === 'calendly.event_scheduled' ? 'calendly' : data?.originator === 'CAL' && /^bookingSuccessful/.test(data.type) ? 'cal.com' : null;
    if (provider) this.dispatchEvent(new AttuneBookedEvent(provider));
  };

  #renderDialog(frame: Frame) {
    const b = this.pack.booking;
    const name = this.practiceName?.trim() || this.inherited.practiceName;
    const title = name ? format(b.dialogTitle, {practice: name}) : b.label;
    return html`
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#handleClose}>
        <div class="bar">
          <h2 id="dialog-title">${title}</h2>
          <button part="close" class="btn" type="button" @click=${() => this.renderRoot.querySelector('dialog')!.close()}>${b.close}</button>
        </div>
        <a part="new-tab" href=${this.#url!} target="_blank" rel="noopener">${b.newTab}</a>
        ${this.loading ? html`<p class="loading" role="status">${this.pack.ui.loading}</p>` : nothing}
        ${
          // A new frame for every address, so a frame never navigates to a page its sandbox was not made for.
          keyed(
            frame.src,
            html`<iframe
              part="frame"
              title=${title}
              sandbox=${frame.sandbox ?? nothing}
              src=${frame.src}
              referrerpolicy="strict-origin-when-cross-origin"
              @load=${() => (this.loading = false)}
            ></iframe>`,
          )
        }
      </dialog>
    `;
  }

  override render() {
    const b = this.pack.booking;
    const [variant, target] = this.#mode;
    const text = html`<slot name="label">${this.label?.trim() || this.#fallback?.label || b.label}</slot>`;
    const look = variant === 'link' ? 'link' : 'btn primary';
    const newTab = target === 'new-tab';
    const trigger = !this.#url
      ? html`<button part="button" class=${look} type="button" disabled>${text}</button>`
      : target === 'dialog'
        ? html`<button part="button" class=${look} type="button" aria-haspopup="dialog" @click=${this.#handleClick}>${text}<span class="sr"> ${this.pack.ui.dialogHint}</span></button>`
        : html`<a part="button" class=${look} href=${this.#url} target=${newTab ? '_blank' : nothing} rel=${newTab ? 'noopener' : nothing} @click=${this.#handleClick}
            >${text}${newTab ? html`<span class="sr"> ${this.pack.ui.newTabHint}</span>` : nothing}</a
          >`;
    return html`
      ${variant === 'banner'
        ? html`<section part="banner" aria-labelledby="heading" lang=${this.pack.locale} dir=${this.pack.dir ?? 'ltr'}>
            ${heading(headingLevel(this), 'heading', 'heading', html`<slot name="heading">${b.heading}</slot>`)}
            <p part="text"><slot name="text">${b.text}</slot></p>
            ${trigger}
          </section>`
        : trigger}
      ${this.open && this.#frame ? this.#renderDialog(this.#frame) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-booking-cta': AttuneBookingCta;
  }
}
