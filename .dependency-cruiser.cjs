// The layer rules, checked on every `npm test` so that review never has to catch them.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-stays-neutral',
      comment: 'core/ is the domain-neutral engine: it imports no connector, module, server or main file.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(connectors|modules|server|main\\.ts)' },
    },
    {
      name: 'db-below-core',
      comment: 'db/ is storage only: it imports nothing from the layers above it.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/(core|connectors|modules|server|main\\.ts)' },
    },
    {
      name: 'connectors-use-core-types-only',
      comment: 'A connector talks to one outside system; it may use core errors and inbox types, never modules or server.',
      severity: 'error',
      from: { path: '^src/connectors/' },
      to: { path: '^src/(modules|server|main\\.ts|db)|^src/core/(?!errors\\.ts|inbox/types\\.ts)' },
    },
    {
      name: 'connector-through-its-index',
      comment: 'Other layers import a connector through its index.ts only.',
      severity: 'error',
      from: { path: '^src/(modules|server)/' },
      to: { path: '^src/connectors/[^/]+/(?!index\\.ts)' },
    },
    {
      name: 'modules-never-import-server',
      comment: 'Modules plug into the server through their descriptor; they never import server/ or main.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/(server|main\\.ts)' },
    },
    {
      name: 'modules-never-import-each-other',
      comment: 'A module never imports another module (registry.ts is the only file that lists them).',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/', pathNot: ['^src/modules/$1/'] },
    },
    {
      name: 'sim-is-independent',
      comment: 'Simulators are written from the providers\' documentation so they check our clients instead of echoing them.',
      severity: 'error',
      from: { path: '^sim/' },
      to: { path: '^src/' },
    },
    {
      name: 'production-code-never-imports-tests',
      comment: 'Only tests may import simulators and test helpers.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(sim|test|bench)/' },
    },
    {
      name: 'only-main-starts-the-demo',
      comment: 'demo/ brings the simulators; only the demo command of main.ts may load it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/main\\.ts$' },
      to: { path: '^demo/' },
    },
    {
      name: 'config-is-the-only-env-reader',
      comment: 'config.ts depends on nothing else in src/.',
      severity: 'error',
      from: { path: '^src/config\\.ts$' },
      to: { path: '^src/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
