import type { MinerReading } from '../reading.js';
import type { Observation, ObservedBoard } from './health.types.js';

const hotter = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.max(a, b);

/** What detection reads from a poll. */
export function observationOf(r: MinerReading): Observation {
  const boards: ObservedBoard[] = [];
  let sum = 0;
  for (const b of r.boards) {
    sum += b.rateThs;
    boards.push({
      index: b.index,
      chips: b.chips,
      chipsExpected: b.chipsExpected,
      rateThs: b.rateThs,
      idealThs: b.idealThs,
      chipTempMaxC: hotter(b.chipTempC.inlet, b.chipTempC.outlet),
      freqMhz: b.freqMhz,
    });
  }
  return {
    at: r.at,
    online: r.online,
    uptimeS: r.uptimeS,
    hashrateThs: r.online
      ? (r.hashrate.ths5s ?? r.hashrate.thsAvg ?? (boards.length ? sum : null))
      : null,
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
