#!/usr/bin/env node
// The CLI runs the compiled server code; `npm install` builds it (the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('rigline: the build is missing; run `npm run build` first.');
  process.exit(1);
}
await import(entry.href);
