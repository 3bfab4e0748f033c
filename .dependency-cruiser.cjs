// The layer rules, checked on every `npm test` so that review never has to catch them.

/** Contract files: the route schemas of the core (src/server/contract/) and of each module (contract.ts or contract/). */
const CONTRACT = '^src/(server/contract/|modules/[^/]+/contract(\\.ts$|/))';
/** Lists of plain values a contract may spell its enums with; they import nothing themselves. */
const CONTRACT_CONSTANTS = '^src/core/(auth/roles|error-codes)\\.ts$';
/** Schemas of core values that routes take and give (local-time windows): they import zod only. */
const CONTRACT_SCHEMAS = '^src/core/schedule/window-schema\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'contracts-import-only-zod-and-contracts',
      comment:
        'A contract holds route schemas only: it imports zod, other contracts and the plain constant lists named above, so the dashboard (web/) can compile it and take its types from it.',
      severity: 'error',
      from: { path: CONTRACT },
      to: { pathNot: [CONTRACT, '^node_modules/zod/', CONTRACT_CONSTANTS, CONTRACT_SCHEMAS] },
    },
    {
      name: 'contract-schemas-import-only-zod',
      comment: 'The core schemas contracts may use stay zod only, so the dashboard can compile them.',
      severity: 'error',
      from: { path: CONTRACT_SCHEMAS },
      to: { pathNot: '^node_modules/zod/' },
    },
    {
      name: 'contract-constants-import-nothing',
      comment: 'The constant lists contracts may import stay plain values: they import nothing.',
      severity: 'error',
      from: { path: CONTRACT_CONSTANTS },
      to: {},
    },
    {
      name: 'web-reads-only-contracts-from-the-server',
      comment: 'The dashboard takes its API types from the route schemas (contracts) and nothing else of the server.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^src/', pathNot: [CONTRACT, CONTRACT_CONSTANTS, CONTRACT_SCHEMAS] },
    },
    {
      name: 'web-takes-server-types-only',
      comment: 'import type only: no server file and no zod code may land in the dashboard bundle.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^(src/|node_modules/zod/)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-core-reads-modules-through-the-registry',
      comment: 'The dashboard core names no module: it reads them from web/src/modules/registry.ts (through active.ts) and their shape from web-module.ts.',
      severity: 'error',
      from: { path: '^web/src/', pathNot: '^web/src/modules/' },
      to: { path: '^web/src/modules/', pathNot: '^web/src/modules/(registry|active|web-module)\\.ts$' },
    },
    {
      name: 'web-modules-never-import-each-other',
      comment: 'A dashboard module imports the core and its own folder, never another module or the registry.',
      severity: 'error',
      from: { path: '^web/src/modules/([^/]+)/' },
      to: { path: '^web/src/modules/', pathNot: ['^web/src/modules/$1/', '^web/src/modules/web-module\\.ts$'] },
    },
    {
      name: 'core-stays-neutral',
      comment: 'core/ is the domain-neutral engine: it imports no connector, module, server or main file.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(connectors|modules|server|main\\.ts)' },
    },
    {
      name: 'fastify-stays-above-core',
      comment: 'core/, db/, connectors/ and config.ts run in the worker and in scripts without an HTTP server: no fastify, not even its types (route types and Fastify\'s type additions live in server/).',
      severity: 'error',
      from: { path: '^src/(core/|db/|connectors/|config\\.ts$)' },
      to: { path: '^node_modules/(fastify|fastify-[^/]+|@fastify/[^/]+)/' },
    },
    {
      name: 'db-below-core',
      comment: 'db/ is storage only: it imports nothing from the layers above it.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/(core|connectors|modules|server|main\\.ts)' },
    },
    {
      name: 'connectors-use-core-only',
      comment: 'A connector talks to one outside system through core/ (transport, settings, inbox types); never modules, server or main.',
      severity: 'error',
      from: { path: '^src/connectors/' },
      to: { path: '^src/(modules|server|main\\.ts)' },
    },
    {
      name: 'connector-never-imports-another',
      comment: 'A connector is one provider: it never imports another connector (registry.ts is the only file that lists them).',
      severity: 'error',
      from: { path: '^src/connectors/([^/]+)/' },
      to: { path: '^src/connectors/', pathNot: ['^src/connectors/$1/'] },
    },
    {
      name: 'connectors-use-db-types-only',
      comment: 'Connectors read settings through core functions; from db/ they may take types only.',
      severity: 'error',
      from: { path: '^src/connectors/' },
      to: { path: '^src/db/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'http-transport-lives-in-core',
      comment: 'The shared HTTP transport moved to core/http (an instance is ctx.http); nothing may bring src/connectors/http back.',
      severity: 'error',
      from: {},
      to: { path: '^src/connectors/http(/|$)' },
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
      comment:
        "Modules plug into the server through their descriptor; they never import server/ or main, except its one door (server/module-routes.ts). A module's contract may use the core's shared wire shapes (a note): the contract rule above keeps it to zod and contracts.",
      severity: 'error',
      from: { path: '^src/modules/', pathNot: '^src/modules/[^/]+/contract(\\.ts$|/)' },
      to: { path: '^src/(server|main\\.ts)', pathNot: '^src/server/module-routes\\.ts$' },
    },
    {
      name: 'modules-take-only-types-through-the-door',
      comment: 'server/module-routes.ts gives modules the descriptor with routes and the route options: `import type` only, so no server code runs inside a module.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/server/module-routes\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'the-door-opens-on-nothing-else',
      comment: 'server/module-routes.ts re-exports no other server file (only the Fastify type additions of route-config.ts), so the door stays one file wide.',
      severity: 'error',
      from: { path: '^src/server/module-routes\\.ts$' },
      to: { path: '^src/server/', pathNot: '^src/server/(module-routes|route-config)\\.ts$' },
    },
    {
      name: 'modules-use-fastify-types-only',
      comment: 'A module declares routes; the server registers them and owns every Fastify plugin. So a module imports fastify packages for types only.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^node_modules/(fastify|fastify-[^/]+|@fastify/[^/]+)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'http-stays-in-routes',
      comment: 'The module skeleton (src/modules/README.md): only routes/ and contract.ts know HTTP; rules, flow, queries, jobs and events are called the same from a route, a job or a test.',
      severity: 'error',
      from: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/(routes/|contract\\.ts$)' },
      to: { path: '^node_modules/(fastify|fastify-[^/]+|@fastify/[^/]+)/' },
    },
    {
      name: 'module-rules-are-pure',
      comment:
        'The module skeleton: rules.ts holds pure decisions, tested row by row; it takes no code from its module (types only; its contract, plain value lists, is allowed), from db/ or from kysely.',
      severity: 'error',
      from: { path: ['^src/modules/[^/]+/rules\\.ts$', '^src/modules/[^/]+/[^/]+/rules\\.ts$'] },
      to: {
        path: '^(src/modules/|src/db/|node_modules/kysely/)',
        pathNot: ['^src/modules/[^/]+/contract(\\.ts$|/)'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'module-queries-only-read',
      comment: 'The module skeleton: queries.ts reads; the writes a decision causes are flow.ts, which a read never calls.',
      severity: 'error',
      from: { path: ['^src/modules/[^/]+/queries\\.ts$', '^src/modules/[^/]+/[^/]+/queries\\.ts$'] },
      to: { path: ['^src/modules/[^/]+/flow\\.ts$', '^src/modules/[^/]+/[^/]+/flow\\.ts$'] },
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
      name: 'nothing-outside-the-repository',
      comment: 'A clone has nothing beside it: no file may import one outside the repository (see scripts/check-standalone.ts for reads).',
      severity: 'error',
      from: {},
      to: { path: '^(\\.\\./|/)' },
    },
    {
      name: 'every-relative-import-resolves',
      comment: 'A relative or absolute import that does not resolve here (a sibling checkout, a missing file) breaks a bare clone.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^(\\.|/)' },
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
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.tsx'] },
  },
};
