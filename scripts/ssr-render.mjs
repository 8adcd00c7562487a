// Reads [{name, markup, packs}] as JSON on stdin, renders each with attune-widgets/ssr after
// registering the packs its page had (as a site registers its own before rendering; the shipped
// ones are kept), and writes [{name, html} | {name, error}] to stdout. A process of its own: the
// server renderer installs a DOM shim in its globals, which the browser checks must not share.
const {renderToString} = await import('../dist/ssr/index.js');
const {registerPack, packsReady} = await import('../dist/content/index.js');
let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const {name, markup, packs = []} of JSON.parse(input)) {
  try {
    for (const pack of packs) registerPack(pack, {replace: false});
    await packsReady();
    out.push({name, html: await renderToString(markup)});
  } catch (error) {
    out.push({name, error: String(error?.stack ?? error)});
  }
}
process.stdout.write(JSON.stringify(out));
