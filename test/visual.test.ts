import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {addFrame, closeFixtures, whenRendered} from './helpers.js';

// Visual baselines: each element from the built dist/attune.js, light, dark, 320px wide and in forced
// colors, compared with test/visual/*.png by the `visual` command of web-test-runner.config.mjs
// (pixelmatch; at most 0.5% of the pixels may differ, for anti-aliasing). Chromium only (its group in
// the config); the text uses a bundled web font (Source Serif 4), so the pictures do not depend on
// the machine's fonts. `npm run visual:update` writes new baselines on purpose; differences go to
// .test-results/visual/ (actual and diff images).
const widgets = {
  explainer: '<attune-explainer section="signs"></attune-explainer>',
  'symptom-checklist': '<attune-symptom-checklist></attune-symptom-checklist>',
  'therapy-cards': '<attune-therapy-cards therapies="cbt,eft" booking-url="https://example.com/book"></attune-therapy-cards>',
  'booking-cta': '<attune-booking-cta variant="banner" href="https://example.com/book"></attune-booking-cta>',
};
const variants = {
  light: {width: 800, theme: 'light', forced: false},
  dark: {width: 800, theme: 'dark', forced: false},
  '320': {width: 320, theme: 'light', forced: false},
  'forced-colors': {width: 800, theme: 'light', forced: true},
};

const font = (weight: number) => `@font-face { font-family: 'Source Serif 4'; font-weight: ${weight}; src: url(/node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff2) format('woff2'); }`;
const page = (markup: string, theme: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <style>
      ${[400, 600, 700].map(font).join('\n      ')}
      body { margin: 0; padding: 16px; font: 16px/1.55 'Source Serif 4', serif; background: ${theme === 'dark' ? '#0c1415' : '#ffffff'}; }
      * { caret-color: transparent; }
    </style>
    <script type="module" src="/dist/attune.js"></script>
  </head>
  <body>
    <attune-provider theme="${theme}"><div id="shot">${markup}</div></attune-provider>
  </body>
</html>`;

type Compared = {ok: boolean; detail: string};

describe('visual baselines', () => {
  afterEach(async () => {
    closeFixtures();
    await executeServerCommand('visual', {forcedColors: false});
  });

  for (const [name, markup] of Object.entries(widgets)) {
    for (const [variant, {width, theme, forced}] of Object.entries(variants)) {
      it(`<attune-${name}> ${variant} matches test/visual/${name}-${variant}.png`, async () => {
        await executeServerCommand('visual', {forcedColors: forced});
        const {frame, loaded} = addFrame({srcdoc: page(markup, theme)}, `position:absolute;left:0;top:0;width:${width}px;height:800px;border:0`);
        await loaded;
        const win = frame.contentWindow as Window & typeof globalThis;
        await whenRendered(win);
        await win.document.fonts.ready;
        // Tall enough for the whole picture (no widget sizes itself by the viewport's height).
        frame.style.height = `${Math.max(800, win.document.documentElement.scrollHeight)}px`;
        const [outer, inner] = [frame.getBoundingClientRect(), win.document.getElementById('shot')!.getBoundingClientRect()];
        const clip = {x: outer.left + inner.left + scrollX, y: outer.top + inner.top + scrollY, width: inner.width, height: inner.height};
        const result = await executeServerCommand<Compared, object>('visual', {clip, file: `${name}-${variant}`});
        expect(result.ok, result.detail).to.equal(true);
      });
    }
  }
});
