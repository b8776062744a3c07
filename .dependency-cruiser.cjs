/**
 * Imports go one way: gateway → subgraphs → search engine → kit, and inside the kit
 * subgraph → database → graphql → platform. `npm test` runs this check (`npm run depcheck`).
 */
const kitBelow = {
  platform: [],
  graphql: ['platform'],
  database: ['platform', 'graphql'],
  subgraph: ['platform', 'graphql', 'database'],
};

const kitRules = Object.entries(kitBelow).map(([layer, below]) => ({
  name: `kit-${layer}-imports-below`,
  comment: `kit/${layer} may import only ${below.length ? below.map((name) => `kit/${name}`).join(', ') : 'nothing else in the kit'}`,
  severity: 'error',
  from: { path: `^kit/${layer}/` },
  to: { path: '^(kit|search|subgraphs|gateway|seed|test)/', pathNot: [`^kit/${layer}/`, ...below.map((name) => `^kit/${name}/`)] },
}));

module.exports = {
  forbidden: [
    { name: 'no-cycles', comment: 'no import cycle, type-only imports included', severity: 'error', from: {}, to: { circular: true } },
    ...kitRules,
    {
      name: 'search-engine-below-subgraphs',
      comment: 'the search engine is a library: it knows the kit and nothing of subgraphs, gateway or seed',
      severity: 'error',
      from: { path: '^search/' },
      to: { path: '^(subgraphs|gateway|seed|test)/' },
    },
    {
      name: 'subgraphs-stay-in-their-folder',
      comment: 'a subgraph imports the kit, the search engine, the manifest and its own folder, never another subgraph',
      severity: 'error',
      from: { path: '^subgraphs/([^/]+)/' },
      to: { path: '^(gateway|seed|test)/|^subgraphs/', pathNot: ['^subgraphs/$1/', '^subgraphs/manifest\\.ts$'] },
    },
    {
      name: 'manifest-is-data',
      comment: 'the manifest and the scripts beside it import nothing of Kepu but the manifest',
      severity: 'error',
      from: { path: '^subgraphs/[^/]+\\.ts$' },
      to: { path: '^(kit|search|subgraphs|gateway|seed|test)/', pathNot: '^subgraphs/manifest\\.ts$' },
    },
    {
      name: 'seed-writes-tables',
      comment: 'the seed writes subgraphs\' tables, and knows nothing else of them or of the gateway',
      severity: 'error',
      from: { path: '^seed/' },
      to: { path: '^(gateway|test)/|^subgraphs/', pathNot: ['^subgraphs/[^/]+/tables\\.ts$', '^subgraphs/manifest\\.ts$'] },
    },
    {
      name: 'gateway-uses-a-subgraph-through-its-main',
      comment: 'the gateway starts subgraphs through their main.ts and reads the manifest; their stores, tables and rules are theirs',
      severity: 'error',
      from: { path: '^gateway/' },
      to: { path: '^subgraphs/[^/]+/', pathNot: '^subgraphs/[^/]+/main\\.ts$' },
    },
    {
      name: 'web-server-stands-alone',
      comment: 'building and serving the pages needs nothing of Kepu: the gateway imports it, never the other way',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(kit|search|subgraphs|gateway|seed|test)/' },
    },
    {
      name: 'nothing-imports-tests',
      severity: 'error',
      from: { pathNot: '^test/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
