/**
 * The rules of direction (docs/architecture.md), checked on every `npm test`:
 * server/cli → flows → modules → platform; modules only through each other's index.ts and only
 * upstream in the module order; no cycles.
 */
const MODULE_ORDER = ['catalog', 'trade', 'supply', 'production', 'sales', 'logistics', 'service'];
/** Which modules each module may import (through their index.ts). */
const ALLOWED = Object.fromEntries(MODULE_ORDER.map((m, i) => [m, MODULE_ORDER.slice(0, i)]));
ALLOWED.fleet = ['catalog', 'production'];

const moduleRules = Object.entries(ALLOWED).map(([module, allowed]) => ({
  name: `module-order-${module}`,
  comment: `${module} may import only: ${allowed.join(', ') || 'no other module'}`,
  severity: 'error',
  from: { path: `^src/modules/${module}/` },
  to: {
    path: '^src/modules/[^/]+/',
    pathNot: [
      `^src/modules/${module}/`,
      ...allowed.map((a) => `^src/modules/${a}/`),
      '^src/modules/index\\.ts$',
    ],
  },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'platform-stays-below',
      comment: 'platform knows nothing of modules, flows, the CLI or the server',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: '^src/(modules|flows|cli)/|^src/(server|system)\\.ts$' },
    },
    {
      name: 'modules-stay-below-flows',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/(flows|cli)/|^src/(server|system)\\.ts$' },
    },
    {
      name: 'flows-stay-below-entry-points',
      severity: 'error',
      from: { path: '^src/flows/' },
      to: { path: '^src/cli/|^src/server\\.ts$' },
    },
    {
      name: 'modules-through-index-only',
      comment: 'import another module only through its index.ts, never its internals',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: {
        path: '^src/modules/[^/]+/.+',
        pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'flows-through-index-only',
      severity: 'error',
      from: { path: '^src/(flows|cli)/|^src/(server|system)\\.ts$' },
      to: { path: '^src/modules/[^/]+/.+', pathNot: ['^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'no-test-code-in-product',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: '^test/|\\.test\\.ts$' },
    },
    ...moduleRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
