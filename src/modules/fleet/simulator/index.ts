/** The miner simulator: a fleet of fake miners on loopback for the collector and its tests. */
export {
  startSimulator,
  type MinerDescriptor,
  type MinerTarget,
  type Simulator,
  type SimulatorOptions,
  type SimulatorStats,
} from './server.js';
export {
  FAULT_KINDS,
  QUIRKS,
  SIM_FIRMWARES,
  buildMiner,
  minerStateAt,
  parseFault,
  parseFaultRates,
  parseShares,
  type Fault,
  type FaultKind,
  type FaultRate,
  type FaultSpec,
  type MinerState,
  type Quirk,
  type SimFirmware,
  type SimMiner,
} from './miner-state.js';
export { applyQuirk, parseRpcRequest, renderCgi, renderRpc } from './render.js';
export { openFileLimit, assertFdBudget } from './fd-limit.js';
