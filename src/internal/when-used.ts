/**
 * Calls `start` once, as soon as the page has an element matching `selector` (and `test`): at once
 * when one is there, else when one is added. No imports: attune.js, the script tag's few hundred
 * bytes, uses it to load the widgets, and they use it to load the therapy cards.
 */
export function whenUsed(selector: string, start: () => void, test: (el: Element) => boolean = () => true): void {
  const found = (node: Node) => node instanceof Element && [node, ...node.querySelectorAll(selector)].some((el) => el.matches(selector) && test(el));
  if (found(document.documentElement)) return start();
  const observer = new MutationObserver((records) => {
    if (!records.some(({addedNodes}) => [...addedNodes].some(found))) return;
    observer.disconnect();
    start();
  });
  observer.observe(document, {childList: true, subtree: true});
}
