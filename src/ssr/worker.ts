/// <reference lib="webworker" />
// dist/attune-prerender.js: the server renderer in a browser Worker, for the snippet builder's
// "pre-rendered" option (a site owner without a terminal gets the same markup as the CLI). Lit's
// server build brings the DOM shim it needs; nothing here touches the page.
// Messages: {id, html, options} in, {id, html, version} or {id, error} out.
const server = import('./render.js');

self.onmessage = async ({data}: MessageEvent<{id: number; html: string; options?: object}>) => {
  try {
    const {renderToString, VERSION} = await server;
    self.postMessage({id: data.id, html: await renderToString(data.html, data.options), version: VERSION});
  } catch (error) {
    self.postMessage({id: data.id, error: String(error)});
  }
};
