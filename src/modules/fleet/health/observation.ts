import { hotterEnd, machineRateThs, type MinerReading } from '../reading.js';
import type { Observation, ObservedBoard } from './health.types.js';

/** What detection reads from a poll. */
export function observationOf(r: MinerReading): Observation {
  const boards: ObservedBoard[] = [];
  for (const b of r.boards) {
    boards.push({
      index: b.index,
      chips: b.chips,
      chipsExpected: b.chipsExpected,
      rateThs: b.rateThs,
      idealThs: b.idealThs,
      chipTempMaxC: hotterEnd(b.chipTempC),
      freqMhz: b.freqMhz,
    });
  }
  return {
    at: r.at,
    online: r.online,
    uptimeS: r.uptimeS,
    hashrateThs: machineRateThs(r),
    firmware: r.firmware,
    firmwareVersion: r.firmwareVersion,
    boards,
    fansRpm: r.fansRpm,
  };
}

/** What a fault episode keeps of the poll that opened it: the figures, not the pools. */
export function snapshotOf(r: MinerReading) {
  return {
    at: r.at,
    online: r.online,
    model: r.model,
    firmware: r.firmware,
    firmwareVersion: r.firmwareVersion,
    uptimeS: r.uptimeS,
    hashrate: r.hashrate,
    powerW: r.powerW,
    fansRpm: r.fansRpm,
    boards: r.boards.map((b) => ({
      index: b.index,
      serial: b.serial,
      chips: b.chips,
      chipsExpected: b.chipsExpected,
      rateThs: b.rateThs,
      idealThs: b.idealThs,
      chipTempC: b.chipTempC,
      freqMhz: b.freqMhz,
      hwErrors: b.hwErrors,
    })),
    problems: r.problems,
  };
}
