import type { MinerReading } from './reading.js';
import type { TelemetrySample } from './store/telemetry-store.js';

const maxOf = (values: readonly (number | null)[]): number | null => {
  let m: number | null = null;
  for (const v of values) if (v !== null && (m === null || v > m)) m = v;
  return m;
};

/** The summary figures kept per machine and per board from one reading. */
export function sampleOf(siteId: string, machineId: string, r: MinerReading): TelemetrySample {
  const boards = r.boards.map((b) => ({
    index: b.index,
    rateThs: b.rateThs,
    chipTempMaxC: maxOf([b.chipTempC.inlet, b.chipTempC.outlet]),
    pcbTempMaxC: maxOf([b.pcbTempC.inlet, b.pcbTempC.outlet]),
    chips: b.chips,
    hwErrors: b.hwErrors,
  }));
  const boardRate = boards.length ? boards.reduce((s, b) => s + b.rateThs, 0) : null;
  return {
    siteId,
    machineId,
    at: r.at,
    online: r.online,
    hashrateThs: r.online ? (r.hashrate.ths5s ?? r.hashrate.thsAvg ?? boardRate) : null,
    idealThs: r.hashrate.thsIdeal,
    powerW: r.powerW,
    chipTempMaxC: maxOf(boards.map((b) => b.chipTempMaxC)),
    fanMinRpm: r.fansRpm.length ? Math.min(...r.fansRpm) : null,
    boards,
  };
}
