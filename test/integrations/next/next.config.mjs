// A static export: `next build` writes HTML files. ATTUNE_NEXT_OUT (scripts/integrations.mjs) says
// where, relative to this folder; by default out/.
export default {
  output: 'export',
  distDir: process.env.ATTUNE_NEXT_OUT ?? 'out',
};
