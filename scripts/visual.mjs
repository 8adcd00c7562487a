// Visual baselines: each element rendered from dist/attune.js in Chromium, light, dark, 320px wide
// and in forced colors, compared with test/visual/*.png (pixelmatch; a small tolerance for
// anti-aliasing). The text uses a bundled web font (Source Serif 4, from npm), so the pictures do
// not depend on the machine's fonts. `npm run visual:update` writes new baselines on purpose.
// Differences are written to .test-results/visual/ (actual and diff images).
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import pixelmatch from 'pixelmatch';
import {PNG} from 'pngjs';
import {settle, withBrowser} from './harness.mjs';
import {runWhenMain} from './cli.mjs';

const require = createRequire(import.meta.url);
const fontFile = (weight) => require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff2`);
const MAX_DIFF = 0.005; // at most 0.5% of the pixels may differ (anti-aliasing), each by pixelmatch's 0.1 threshold

const widgets = {
  explainer: '<attune-explainer section="signs"></attune-explainer>',
  'symptom-checklist': '<attune-symptom-checklist></attune-symptom-checklist>',
  'therapy-cards': '<attune-therapy-cards therapies="cbt,eft" booking-url="https://example.com/book"></attune-therapy-cards>',
  'booking-cta': '<attune-booking-cta variant="banner" href="https://example.com/book"></attune-booking-cta>',
};
const variants = {
  light: {width: 800, theme: 'light'},
  dark: {width: 800, theme: 'dark'},
  '320': {width: 320, theme: 'light'},
  'forced-colors': {width: 800, theme: 'light', forced: true},
};

const page = (markup, {theme}) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <style>
      @font-face { font-family: 'Source Serif 4'; font-weight: 400; src: url(/visual-fonts/400.woff2) format('woff2'); }
      @font-face { font-family: 'Source Serif 4'; font-weight: 600; src: url(/visual-fonts/600.woff2) format('woff2'); }
      @font-face { font-family: 'Source Serif 4'; font-weight: 700; src: url(/visual-fonts/700.woff2) format('woff2'); }
      body { margin: 0; padding: 16px; font: 16px/1.55 'Source Serif 4', serif; background: ${theme === 'dark' ? '#0c1415' : '#ffffff'}; }
      * { caret-color: transparent; }
    </style>
    <script type="module" src="/dist/attune.js"></script>
  </head>
  <body>
    <attune-provider theme="${theme}"><div id="shot">${markup}</div></attune-provider>
  </body>
</html>`;

/** Answers the page and its fonts from here, and turns forced colors on (puppeteer does not emulate them). */
const prepare = (markup, options) => async (tab) => {
  if (options.forced) {
    await (await tab.createCDPSession()).send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: 'active'}]});
  }
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    const {pathname} = new URL(request.url());
    const font = /^\/visual-fonts\/(\d+)\.woff2$/.exec(pathname);
    if (pathname === '/visual.html') return request.respond({contentType: 'text/html', body: page(markup, options)});
    if (font) return request.respond({contentType: 'font/woff2', body: readFileSync(fontFile(font[1]))});
    return request.continue();
  });
};

export async function checkVisual({update = false} = {}) {
  const results = [];
  mkdirSync('test/visual', {recursive: true});
  mkdirSync('.test-results/visual', {recursive: true});
  await withBrowser(
    async ({open}) => {
      for (const [name, markup] of Object.entries(widgets)) {
        for (const [variant, options] of Object.entries(variants)) {
          const viewport = {width: options.width, height: 800, deviceScaleFactor: 1};
          const {page: tab} = await open('/visual.html', {viewport, before: prepare(markup, options)});
          await tab.evaluate(() => customElements.whenDefined('attune-explainer'));
          await settle(tab, 3);
          await tab.evaluate(() => document.fonts.ready);
          const shot = await (await tab.$('#shot')).screenshot({type: 'png'});
          await tab.close();
          const file = `test/visual/${name}-${variant}.png`;
          const label = `visual: <attune-${name}> ${variant}`;
          if (update || !existsSync(file)) {
            writeFileSync(file, shot);
            results.push({name: `${label} (baseline written)`, ok: !!update, detail: update ? '' : `no baseline: run npm run visual:update and commit ${file}`});
            continue;
          }
          const [expected, actual] = [readFileSync(file), shot].map((png) => PNG.sync.read(png));
          const {width, height} = actual;
          const sized = expected.width === width && expected.height === height;
          const diff = new PNG({width, height});
          const changed = sized ? pixelmatch(expected.data, actual.data, diff.data, width, height, {threshold: 0.1}) : width * height;
          const share = changed / (width * height);
          if (share > MAX_DIFF) writeFileSync(`.test-results/visual/${name}-${variant}.actual.png`, shot);
          if (share > MAX_DIFF && sized) writeFileSync(`.test-results/visual/${name}-${variant}.diff.png`, PNG.sync.write(diff));
          const detail = sized
            ? `${changed} px differ (${(share * 100).toFixed(2)}%, tolerance ${MAX_DIFF * 100}%)`
            : `size ${width}×${height}, baseline ${expected.width}×${expected.height}`;
          results.push({name: `${label} matches its baseline`, ok: share <= MAX_DIFF, detail});
        }
      }
    },
    {args: ['--font-render-hinting=none']},
  );
  return results;
}

await runWhenMain(import.meta.url, () => checkVisual({update: process.argv.includes('--update')}));
