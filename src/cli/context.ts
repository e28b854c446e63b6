import { invalid } from '../platform/errors.js';
import type { Command } from 'commander';
import { loadConfig, type Config, type ConfigFlags } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { createSystem, type System } from '../system.js';

/** The options every command accepts (defined on the root program). */
export interface GlobalOptions {
  db?: string;
  databaseUrl?: string;
  logLevel?: string;
  json?: boolean;
}

export function configFrom(command: Command, extra: ConfigFlags = {}): Config {
  const g = command.optsWithGlobals<GlobalOptions>();
  return loadConfig(process.env, {
    dbFile: g.db,
    databaseUrl: g.databaseUrl,
    logLevel: g.logLevel,
    ...extra,
  });
}

/** A system for a one-shot command: quiet logs unless asked, closed by `withSystem`. */
export async function withSystem<T>(
  command: Command,
  work: (system: System, config: Config) => Promise<T>,
): Promise<T> {
  const config = configFrom(command);
  const g = command.optsWithGlobals<GlobalOptions>();
  const logger = createLogger(g.logLevel ?? 'warn');
  const system = createSystem({ config, logger, webRoot: null });
  try {
    return await work(system, config);
  } finally {
    await system.close();
  }
}

export function isJson(command: Command): boolean {
  return Boolean(command.optsWithGlobals<GlobalOptions>().json);
}

/** A `--weeks` horizon: a whole number from 1 to 104, or one clear line. */
export function weeksFlag(value: string): number {
  const weeks = Number(value);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104)
    throw invalid('CLI_BAD_VALUE', `--weeks must be a whole number from 1 to 104 (got "${value}")`);
  return weeks;
}
