import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {addFrame, closeFixtures} from './helpers.js';

// Each element of elements.json, the provider first, created, attached, rendered and removed again
// and again, in every engine: the listeners on window and document must not grow. Where the engine
// lets the runner collect garbage and read the heap (Chromium, through the DevTools protocol: the
// `heap-after-gc` command of web-test-runner.config.mjs), 10,000 times, and the heap after garbage
// collection must grow by less than 2 MB. Elsewhere 1,000 times: a listener kept per element shows
// as 1,000 more, and the engine is spared the work (two engines run side by side on CI).
const heap = () => executeServerCommand<{bytes: number | null}, void>('heap-after-gc').then((r) => r.bytes);
const HEAP_MEASURED = (await heap()) !== null;
const ROUNDS = HEAP_MEASURED ? 10_000 : 1_000;
const BATCH = 250;
const HEAP_BOUND = 2 * 1024 * 1024;

type Rendered = HTMLElement & {updateComplete: Promise<unknown>};
const {elements}: {elements: {tag: string}[]} = await fetch('/elements.json').then((r) => r.json());

/**
 * A frame with the built dist/attune.js, as a site ships it (`npm test` builds first), whose page
 * counts the listeners on its window and document that are added and not removed.
 */
async function openCounted() {
  const srcdoc = `<!doctype html><html lang="en"><head><script>
    // Per target, per type and phase, the listeners registered now: held only while registered.
    const listening = new Map([[window, new Map()], [document, new Map()]]);
    const registered = (target, type, options) => {
      const byType = listening.get(target);
      const phase = type + ' ' + (typeof options === 'boolean' ? options : !!options?.capture);
      if (byType && !byType.has(phase)) byType.set(phase, new Set());
      return byType?.get(phase);
    };
    const {addEventListener: add, removeEventListener: remove} = EventTarget.prototype;
    EventTarget.prototype.addEventListener = function (type, listener, options) {
      if (listener) registered(this, type, options)?.add(listener);
      return add.call(this, type, listener, options);
    };
    EventTarget.prototype.removeEventListener = function (type, listener, options) {
      registered(this, type, options)?.delete(listener);
      return remove.call(this, type, listener, options);
    };
    window.listeners = () => [...listening.values()].flatMap((byType) => [...byType.values()]).reduce((n, set) => n + set.size, 0);
  </script><script type="module" src="/dist/attune.js"></script></head><body></body></html>`;
  const {frame, loaded} = addFrame({srcdoc});
  await loaded;
  return frame.contentWindow as Window & typeof globalThis & {listeners: () => number};
}

async function cycle(doc: Document, tag: string, rounds: number) {
  for (let done = 0; done < rounds; done += BATCH) {
    const batch = Array.from({length: BATCH}, () => {
      const el = doc.createElement(tag) as Rendered;
      if (tag === 'attune-booking-cta') el.setAttribute('href', 'https://example.com/book');
      if (tag === 'attune-therapy-card') el.setAttribute('therapy', 'cbt');
      if (tag.startsWith('attune-therapy')) el.setAttribute('booking-url', 'https://example.com/book');
      return doc.body.appendChild(el);
    });
    await Promise.all(batch.map((el) => el.updateComplete));
    batch.forEach((el) => el.remove());
  }
}

describe(`lifecycle: ${ROUNDS.toLocaleString('en')} create / attach / remove per element`, () => {
  afterEach(closeFixtures);

  for (const {tag} of elements) {
    it(`<${tag}>: window and document listeners unchanged${HEAP_MEASURED ? ', heap after GC grows under 2 MB' : ''}`, async function () {
      this.timeout(120_000);
      const win = await openCounted();
      const doc = win.document;
      // Warm-up: the element's code loads when one is used; first render, style sheets, templates.
      doc.body.append(doc.createElement(tag));
      await win.customElements.whenDefined(tag);
      doc.body.replaceChildren();
      await cycle(doc, tag, BATCH);
      const [listeners0, heap0] = [win.listeners(), await heap()];
      await cycle(doc, tag, ROUNDS);
      const [listeners1, heap1] = [win.listeners(), await heap()];
      expect(doc.querySelectorAll(tag), 'all removed').to.have.length(0);
      expect(listeners1, 'window and document listeners').to.equal(listeners0);
      if (heap0 !== null && heap1 !== null) expect(heap1 - heap0, `heap ${Math.round(heap0 / 1024)} KB → ${Math.round(heap1 / 1024)} KB`).to.be.below(HEAP_BOUND);
    });
  }
});
