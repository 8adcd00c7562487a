// Pre-renders, with attune-widgets/ssr as a site would: the demo (dist/demo.html, what `npm start`
// serves at /, its stylesheets linked), and the test pages of test/fixtures/ssr/ into
// dist/prerendered/ (options from a leading `<!-- prerender: {…} -->` comment; `old-version.html`
// is page.html as another version of Attune would have made it, `twice.html` page.html rendered
// a second time).
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';

const {renderToString, VERSION} = await import('../dist/ssr/index.js');
mkdirSync('dist/prerendered', {recursive: true});
writeFileSync('dist/demo.html', await renderToString(readFileSync('demo/index.html', 'utf8'), {stylesheets: '/dist/'}));
for (const file of readdirSync('test/fixtures/ssr')) {
  const source = readFileSync(`test/fixtures/ssr/${file}`, 'utf8');
  const [, options = '{}'] = source.match(/^<!-- prerender: (\{.*\}) -->\n/) ?? [];
  const html = await renderToString(source.replace(/^<!-- prerender: .* -->\n/, ''), JSON.parse(options));
  writeFileSync(`dist/prerendered/${file}`, html);
  if (file !== 'page.html') continue;
  writeFileSync('dist/prerendered/old-version.html', html.replaceAll(`data-attune="${VERSION}"`, 'data-attune="0.0.9"'));
  // Rendered again, as when a site runs the CLI over pages it already pre-rendered.
  writeFileSync('dist/prerendered/twice.html', await renderToString(html, JSON.parse(options)));
}
console.log('pre-rendered the demo (dist/demo.html) and the test pages (dist/prerendered/)');
