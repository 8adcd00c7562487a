import {css, html, nothing, type ReactiveElement} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {AttuneBookedEvent} from '../../events/book.js';

/** What the dialog's frame loads, and the sandbox it loads it in: always derived together. */
interface Frame {
  src: string;
  origin: string;
  sandbox?: string;
}

/** The texts the dialog shows, from the host's content pack. */
export interface DialogTexts {
  title: string;
  close: string;
  newTab: string;
  loading: string;
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

/** Which provider a message from the booking page reports a booking for, if any. */
function bookedBy(message: unknown): 'calendly' | 'cal.com' | undefined {
  let data = message as {event?: unknown; originator?: unknown; type?: unknown} | null;
  try {
    if (typeof data === 'string') data = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (data?.event === 'calendly.event_scheduled') return 'calendly';
  if (data?.originator === 'CAL' && /^bookingSuccessful/.test(String(data.type))) return 'cal.com';
  return undefined;
}

const styles = css`
  dialog {
    width: min(56rem, 100vw - 2rem);
    height: min(48rem, 100dvh - 2rem);
    padding: 0;
    border: 0;
    border-radius: var(--attune-radius, 0.5rem);
    background: var(--attune-surface, Canvas);
    color: var(--attune-text, CanvasText);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.75rem 1rem 0.25rem;
  }
  .bar h2 {
    margin: 0;
    font-size: 1.2em;
  }
  [part~='new-tab'] {
    align-self: flex-start;
    margin: 0 1rem 0.5rem;
    color: inherit;
  }
  .loading {
    margin: 0 1rem;
  }
  iframe {
    flex: 1;
    width: 100%;
    border: 0;
    border-block-start: 1px solid var(--attune-border, currentColor);
  }
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
  }
`;

/**
 * The booking CTA's dialog: a modal with a title, Close, an always-visible new-tab link and the
 * booking page in a frame. Made on the first open (nothing of it exists before), it follows the
 * host's URL, and accepts a "booked" message only from its own frame and the booking page's origin.
 */
export class BookingDialog {
  #host: ReactiveElement;
  #frame?: Frame;
  #loading = true;

  constructor(host: ReactiveElement) {
    this.#host = host;
    const root = host.renderRoot as ShadowRoot;
    if (styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  }

  /** Takes the host's booking URL: a new address makes a new frame. */
  follow(url: string) {
    const frame = frameFor(url);
    if (frame.src !== this.#frame?.src) this.#loading = true;
    this.#frame = frame;
  }

  get #dialog() {
    return this.#host.renderRoot.querySelector('dialog');
  }

  /** Shows the rendered dialog as a modal and starts listening for the booking page's messages. */
  show(): boolean {
    const dialog = this.#dialog;
    // The page may have removed the host (an attune-book listener, say) or its URL meanwhile.
    if (!this.#host.isConnected || !dialog) return false;
    dialog.showModal();
    addEventListener('message', this.#handleMessage);
    return true;
  }

  /** The dialog is gone (closed, or its host or URL removed): stop listening, forget the frame. */
  forget() {
    removeEventListener('message', this.#handleMessage);
    this.#frame = undefined;
  }

  #handleMessage = (event: MessageEvent) => {
    const frame = this.#host.renderRoot.querySelector('iframe');
    if (!frame || !this.#frame || event.source !== frame.contentWindow || event.origin !== this.#frame.origin) return;
    const provider = bookedBy(event.data);
    if (provider) this.#host.dispatchEvent(new AttuneBookedEvent(provider));
  };

  #handleLoad = () => {
    this.#loading = false;
    this.#host.requestUpdate();
  };

  render(texts: DialogTexts, newTab: string, onClose: () => void) {
    const frame = this.#frame;
    if (!frame) return nothing;
    return html`
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${onClose}>
        <div class="bar">
          <h2 id="dialog-title">${texts.title}</h2>
          <button part="close" class="btn" type="button" @click=${() => this.#dialog?.close()}>${texts.close}</button>
        </div>
        <a part="new-tab" href=${newTab} target="_blank" rel="noopener">${texts.newTab}</a>
        ${this.#loading ? html`<p class="loading" role="status">${texts.loading}</p>` : nothing}
        ${
          // A new frame for every address, so a frame never navigates to a page its sandbox was not made for.
          keyed(
            frame.src,
            html`<iframe part="frame" title=${texts.title} sandbox=${frame.sandbox ?? nothing} src=${frame.src} referrerpolicy="strict-origin-when-cross-origin" @load=${this.#handleLoad}></iframe>`,
          )
        }
      </dialog>
    `;
  }
}
