/** The miner simulator: a fleet of fake miners on loopback for the collector and its tests. */
export { startSimulator } from './server.js';
export type {
  MinerDescriptor,
  MinerTarget,
  Simulator,
  SimulatorOptions,
  SimulatorStats,
} from './server-types.js';
export {
  FAULT_KINDS,
  QUIRKS,
  parseFault,
  parseFaultRates,
  type Fault,
  type FaultKind,
  type FaultRate,
  type FaultSpec,
  type Quirk,
} from './faults.js';
export {
  SIM_FIRMWARES,
  buildMiner,
  parseShares,
  type SimFirmware,
  type SimIdentity,
  type SimMiner,
} from './fleet.js';
export { minerStateAt, type MinerState } from './miner-state.js';
export { parseRpcRequest } from './rpc-request.js';
export { renderRpc } from './render.js';
export { simulatedReading } from './sim-reading.js';
export { renderCgi } from './render-cgi.js';
export { applyQuirk } from './quirks.js';
export { openFileLimit, assertFdBudget } from './fd-limit.js';
