// Eleventy 3: every HTML page goes through Attune's server renderer, so the widgets' text is in the
// HTML before any script runs; attune.js (copied beside the pages) hydrates them.
import {fileURLToPath} from 'node:url';
import {renderToString} from 'attune-widgets/ssr';

const site = 'https://calm-harbour.example';
// The package's script-tag files and stylesheets: attune.js, the files it loads, <tag>.css.
const dist = fileURLToPath(new URL('.', import.meta.resolve('attune-widgets/attune.js')));

export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({[`${dist}attune*.js`]: 'assets/attune', [`${dist}attune-*.css`]: 'assets/attune'});
  eleventyConfig.addTransform('attune', async function (content) {
    if (!this.page.outputPath?.endsWith('.html')) return content;
    // The language comes from the page's <html lang>; relative booking links resolve against the page.
    return renderToString(content, {baseUrl: new URL(this.page.url, site).href, region: 'US', stylesheets: '/assets/attune/'});
  });
}
