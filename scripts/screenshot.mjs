// npm run screenshot: builds nothing; serves the repo, opens the demo in headless Chromium and
// saves docs/demo.png (desktop), docs/demo-phone.png (320px wide), docs/cards.png, docs/builder.png and docs/rtl.png
// for the README.
import {existsSync, mkdirSync} from 'node:fs';
import {withBrowser} from './harness.mjs';

mkdirSync('docs', {recursive: true});
await withBrowser(async ({browser, origin}) => {
  // The page to show: the pre-rendered demo, or the path given (`npm run screenshot -- demo/index.html`).
  const url = `${origin}/${process.argv[2] ?? ''}`;
  const page = await browser.newPage();
  for (const [file, viewport, height] of [
    ['docs/demo.png', {width: 1100, height: 900}, 1500],
    ['docs/demo-phone.png', {width: 320, height: 640, deviceScaleFactor: 2}, 1400],
  ]) {
    await page.setViewport(viewport);
    await page.goto(url, {waitUntil: 'networkidle0'});
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({path: file, clip: {x: 0, y: 0, width: viewport.width, height}});
    console.log(`saved ${file}`);
  }
  // The therapy cards, as the demo shows them, with one card open.
  await page.setViewport({width: 1100, height: 900});
  await page.goto(url, {waitUntil: 'networkidle0'});
  const cards = await page.evaluateHandle(async () => {
    const group = document.querySelector('attune-therapy-cards');
    const card = group.shadowRoot.querySelectorAll('attune-therapy-card')[1];
    card.expanded = true;
    await card.updateComplete;
    return group;
  });
  await cards.screenshot({path: 'docs/cards.png'});
  console.log('saved docs/cards.png');
  // The snippet builder with a booking banner in a provider.
  await page.setViewport({width: 1280, height: 900});
  await page.goto(`${origin}/demo/builder.html#w=booking-cta&p=1&booking-cta.variant=banner&booking-cta.utm-source=blog&provider.booking-url=https://example.com/book&provider.practice-name=Calm Harbour Counselling`, {waitUntil: 'networkidle0'});
  await page.waitForSelector('html[data-ready]');
  await page.screenshot({path: 'docs/builder.png', clip: {x: 0, y: 0, width: 1280, height: 900}});
  console.log('saved docs/builder.png');
  // Right to left, from the built Storybook (npm run build-storybook first), when it is there.
  if (existsSync('storybook-static/index.json')) {
    await page.setViewport({width: 900, height: 900});
    await page.goto(`${origin}/storybook-static/iframe.html?id=languages--right-to-left&viewMode=story`, {waitUntil: 'networkidle0'});
    await page.evaluate(async () => {
      const el = document.querySelector('attune-symptom-checklist');
      await el.updateComplete;
      el.shadowRoot.querySelectorAll('input')[3].click();
    });
    const root = await page.$('#storybook-root');
    await root.screenshot({path: 'docs/rtl.png'});
    console.log('saved docs/rtl.png');
  }
});
