// npm run screenshot: builds nothing; serves the repo, opens the demo in headless Chromium and
// saves docs/demo.png (desktop) and docs/demo-phone.png (320px wide) for the README.
import {mkdirSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {chromeArgs, findBrowser} from './browser.mjs';
import {serve} from './serve.mjs';

const server = await serve({port: 0});
const url = `http://127.0.0.1:${server.address().port}/${process.argv[2] ?? ''}`;
const browser = await puppeteer.launch({executablePath: findBrowser(), headless: true, args: chromeArgs});
mkdirSync('docs', {recursive: true});
try {
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
} finally {
  await browser.close();
  server.close();
}
