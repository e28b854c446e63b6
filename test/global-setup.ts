import type { TestProject } from 'vitest/node';
import type { DialectName } from '../src/platform/db/database.js';
import { testDialects } from './kit/dialects.js';
import { createTemplate, dropTemplate } from './kit/templates.js';

/** Migrate one template database per dialect before any test file runs. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const templates: Partial<Record<DialectName, string>> = {};
  for (const dialect of testDialects()) templates[dialect] = await createTemplate(dialect);
  project.provide('dbTemplates', templates);
  return async () => {
    for (const [dialect, template] of Object.entries(templates))
      await dropTemplate(dialect as DialectName, template);
  };
}
