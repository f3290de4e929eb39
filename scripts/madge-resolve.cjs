/* global module */
// Module resolution for `npm run check:cycles` (madge; its options are in .madgerc).
//
// madge resolves each import with filing-cabinet. For a .vue file it sends an import ending in
// ".js" (the chart.js package) to its JavaScript resolver, which first parses the whole .vue file
// as JavaScript to sniff its module type, and fails on the template. Given a webpack config, that
// resolver skips the sniffing and uses these rules instead; everything else resolves through
// tsconfig.web.json (`tsConfig` in .madgerc), which is also what lets .vue files be read at all.
module.exports = { resolve: { extensions: ['.ts', '.vue', '.js', '.mjs', '.json'] } };
