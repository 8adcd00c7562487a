// While a floating booking button is on the page, elements that take focus are scrolled clear of it:
// one style sheet, adopted by the document, gives the page's scroll padding room at the bottom. It
// has no specificity (`:where`), so a page that sets its own `scroll-padding` keeps it; the room is
// `--attune-floating-room` (default 5rem), and it goes when the last floating button does.
const floating = new Set<Element>();
let sheet: CSSStyleSheet | undefined;

/** Records whether `el` shows a floating button, adding or removing the page's room for it. */
export function floatingRoom(el: Element, on: boolean) {
  const before = floating.size;
  if (on) floating.add(el);
  else floating.delete(el);
  if (!before === !floating.size) return;
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(':where(:root) { scroll-padding-block-end: var(--attune-floating-room, 5rem); }');
  const doc = el.ownerDocument;
  const others = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  doc.adoptedStyleSheets = floating.size ? [...others, sheet] : others;
}
