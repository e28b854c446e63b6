import type { ModuleContext, ModuleParts } from '../platform/module.js';
import { createTradeModule } from './trade/index.js';

/**
 * Every business module, in the order of the rules of direction (catalog → trade → supply →
 * production → sales → logistics → service; fleet). Each is built from the platform context and
 * the modules before it.
 */
export function createModules(context: ModuleContext) {
  const trade = createTradeModule(context);
  const parts: ModuleParts[] = [trade.parts];
  return { parts, trade };
}

export type Modules = ReturnType<typeof createModules>;
