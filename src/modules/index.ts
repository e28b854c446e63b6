import type { ModuleContext, ModuleParts } from '../platform/module.js';

/**
 * Every business module, in the order of the rules of direction (catalog → trade → supply →
 * production → sales → logistics → service; fleet). Each entry builds a module from the
 * platform context and the modules before it. None has been built yet.
 */
export function createModules(_context: ModuleContext): ModuleParts[] {
  return [];
}
