#!/usr/bin/env node
// `npm test`: every suite in turn (type checks, lint and import rules, unit and integration
// tests on each dialect in RIGLINE_TEST_DIALECTS, browser journeys), then one summary line:
// "N passed, N failed, N skipped". Checks that are not test files count as one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
mkdirSync('test-results', { recursive: true });

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(name, steps) {
  console.log(`\n── ${name}`);
  const ok = steps.every(([cmd, args]) => run(cmd, args));
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function vitest(name, args) {
  console.log(`\n── ${name}`);
  const out = `test-results/${name.replace(/\W+/g, '-')}.json`;
  rmSync(out, { force: true });
  const ok = run('npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  if (!existsSync(out)) {
    results.push({ name, passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  // A suite that fails outside any test (a crash while loading a file) still counts as a failure.
  const failed = r.numFailedTests + (ok || r.numFailedTests > 0 ? 0 : 1);
  results.push({
    name,
    passed: r.numPassedTests,
    failed,
    skipped: r.numPendingTests + r.numTodoTests,
  });
}

check('typecheck', [
  ['npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['npx', ['tsc', '--noEmit', '-p', 'web/tsconfig.json']],
]);
check('lint', [
  ['npx', ['eslint', '.']],
  ['npx', ['prettier', '--check', '.']],
]);
check('import rules', [['npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs']]]);
vitest('unit and integration', []);
if (!existsSync('web/dist/index.html')) check('web build', [['npm', ['run', 'build:web']]]);
vitest('browser journeys', ['--config', 'e2e/vitest.config.ts']);

console.log('');
for (const r of results)
  console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
const sum = (k) => results.reduce((n, r) => n + r[k], 0);
const [passed, failed, skipped] = [sum('passed'), sum('failed'), sum('skipped')];
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
