// Lifecycle: each element created, attached, rendered and removed 10,000 times. Window and document
// listeners must not grow, and the JS heap after a forced garbage collection must stay within a
// bound. Measured through the DevTools protocol; the figures are printed. Every element of
// elements.json, the provider first.
import {withBrowser} from './harness.mjs';
import {elements} from './elements.mjs';
import {runWhenMain} from './cli.mjs';

const ROUNDS = 10_000;
const BATCH = 250;
const HEAP_BOUND = 2 * 1024 * 1024; // bytes of growth allowed after GC

export async function checkLifecycle() {
  const results = [];
  await withBrowser(async ({open}) => {
    const {page} = await open('/test/fixtures/blank.html');
    const cdp = await page.createCDPSession();
    const listeners = async () => {
      let total = 0;
      for (const expression of ['window', 'document']) {
        const {result} = await cdp.send('Runtime.evaluate', {expression});
        const {listeners: found} = await cdp.send('DOMDebugger.getEventListeners', {objectId: result.objectId});
        total += found.length;
      }
      return total;
    };
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const cycle = (tag, rounds) =>
      page.evaluate(
        async (tag, rounds, batch) => {
          for (let done = 0; done < rounds; done += batch) {
            const els = Array.from({length: batch}, () => {
              const el = document.createElement(tag);
              if (tag === 'attune-booking-cta') el.setAttribute('href', 'https://example.com/book');
              if (tag === 'attune-therapy-card') el.setAttribute('therapy', 'cbt');
              if (tag.startsWith('attune-therapy')) el.setAttribute('booking-url', 'https://example.com/book');
              return document.body.appendChild(el);
            });
            await Promise.all(els.map((el) => el.updateComplete));
            els.forEach((el) => el.remove());
          }
        },
        tag,
        rounds,
        BATCH,
      );
    for (const {tag} of elements) {
      await cycle(tag, BATCH); // warm-up: first render, style sheets, templates
      const [l0, h0] = [await listeners(), await heap()];
      const started = Date.now();
      await cycle(tag, ROUNDS);
      const [l1, h1] = [await listeners(), await heap()];
      const growth = h1 - h0;
      results.push({
        name: `lifecycle: <${tag}> ×${ROUNDS}: window/document listeners unchanged, heap growth under ${HEAP_BOUND / 1024 / 1024} MB`,
        ok: l1 === l0 && growth < HEAP_BOUND,
        detail: `listeners ${l0} → ${l1}; heap after GC ${(h0 / 1024).toFixed(0)} KB → ${(h1 / 1024).toFixed(0)} KB (${growth >= 0 ? '+' : ''}${(growth / 1024).toFixed(0)} KB); ${((Date.now() - started) / 1000).toFixed(1)} s`,
      });
    }
  });
  return results;
}

await runWhenMain(import.meta.url, () => checkLifecycle());
