// attune-widgets/ssr (Node): renders Attune's elements into declarative shadow DOM, so their text is
// in the HTML before any script runs, and the ordinary script tag hydrates them without a re-render.
//
// The DOM shim Lit's server renderer needs must be in place before Lit or any element loads; it
// loads asynchronously, so the renderer is imported only once it is (a static import could run first).
// The shim alone, not Lit's install-global-dom-shim.js: that one also registers a Node module hook for
// `import … with {type: 'css'}` (which Attune never uses) by importing a CSS data: URL, and that
// import makes Turbopack (Next.js 16's default bundler) fail the build of any page importing this.
const {installWindowOnGlobal} = await import('@lit-labs/ssr/lib/dom-shim.js');
installWindowOnGlobal();
const server = await import('./render.js');

export const {renderToString, VERSION} = server;
export type {RenderOptions} from './render.js';
