#!/usr/bin/env node
/// <reference types="node" />
// npx attune-widgets prerender page.html -o page.html [--lang es] [--base https://…/page] [--region GB]
//                                                     [--stylesheets /assets/attune/] [--csp]
// Renders every Attune element of an HTML page or fragment into declarative shadow DOM (see
// attune-widgets/ssr), for static sites and for site owners who paste HTML.
import {readFileSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {parseArgs} from 'node:util';

const usage = `Usage: attune-widgets prerender <input.html> [-o <output.html>] [--lang <language>] [--base <page URL>]
                         [--region <code>] [--stylesheets <folder URL>] [--csp]
  -o, --output       where to write (default: print to standard output)
  --lang             the page's language where the markup has no lang (default: en)
  --base             the page's address, to resolve relative booking URLs against
  --region           region for the checklist's crisis line (e.g. GB), where none is set
  --stylesheets      the folder of attune.js: link attune-<tag>.css from there instead of inline styles
  --csp              print the Content-Security-Policy style-src for the inline styles written`;

function fail(message: string): never {
  console.error(`attune-widgets: ${message}\n\n${usage}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      output: {type: 'string', short: 'o'},
      lang: {type: 'string'},
      base: {type: 'string'},
      region: {type: 'string'},
      stylesheets: {type: 'string'},
      csp: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'},
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const {values, positionals} = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const [command, input] = positionals;
if (command !== 'prerender') fail(command ? `unknown command "${command}"` : 'no command');
if (!input) fail('no input file');
let html: string;
try {
  html = readFileSync(input, 'utf8');
} catch (error) {
  fail(`cannot read ${input}: ${(error as Error).message}`);
}

const {renderToString, VERSION} = await import('./ssr/index.js');
const out = await renderToString(html, {locale: values.lang, baseUrl: values.base, region: values.region, stylesheets: values.stylesheets});
// (Each shadow root it writes names the version: an element rendered again counts once.)
const count = (out.match(/<(?:style|link) [^>]*data-attune="/g) ?? []).length;
if (values.output) writeFileSync(values.output, out);
else process.stdout.write(out);
console.error(`attune-widgets ${VERSION}: pre-rendered ${count} element${count === 1 ? '' : 's'}${values.output ? ` into ${values.output}` : ''}.`);
if (values.csp) {
  const hashes = new Set([...out.matchAll(/<style data-attune="[^"]*">([^]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`));
  console.error(hashes.size ? `Content-Security-Policy: style-src 'self' ${[...hashes].join(' ')}` : 'No inline styles: with --stylesheets, style-src \'self\' is enough.');
}
