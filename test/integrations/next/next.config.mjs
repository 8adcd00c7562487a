// A static export: `next build` writes HTML files. ATTUNE_NEXT_OUT (build-site in web-test-runner.config.mjs)
// says where, relative to this folder; by default out/.
export default {
  output: 'export',
  distDir: process.env.ATTUNE_NEXT_OUT ?? 'out',
};
