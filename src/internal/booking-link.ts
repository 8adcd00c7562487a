import {html, nothing} from 'lit';

/** A booking link inside another widget (the checklist's reflection, a therapy card). */
export interface BookingLink {
  part: string;
  href: string;
  label: string;
  /** `button` or `link`: the CTA's variant, and the fallback link's look. */
  look: 'button' | 'link';
  therapy?: string;
  locale: string;
  topic: string;
}

/**
 * An `<attune-booking-cta>` (its event, analytics and dialog) holding a plain link: the link is what
 * shows where that element is not registered (a one-element bundle) and before any script runs, so
 * the same markup serves every page, on the server and in the browser.
 */
export function bookingLink({part, href, label, look, therapy, locale, topic}: BookingLink) {
  let fallback = href;
  if (therapy && /^https?:/.test(href)) {
    const url = new URL(href);
    url.searchParams.set('therapy', therapy);
    fallback = url.href;
  }
  return html`<attune-booking-cta part=${part} variant=${look} href=${href} therapy=${therapy || nothing} label=${label} locale=${locale} topic=${topic}
    ><a class=${look === 'button' ? 'btn primary' : 'link'} href=${fallback}>${label}</a></attune-booking-cta
  >`;
}
