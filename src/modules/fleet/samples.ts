import { hotterEnd, machineRateThs, type MinerReading } from './reading.js';
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
    chipTempMaxC: hotterEnd(b.chipTempC),
    pcbTempMaxC: hotterEnd(b.pcbTempC),
    chips: b.chips,
    hwErrors: b.hwErrors,
  }));
  return {
    siteId,
    machineId,
    at: r.at,
    online: r.online,
    hashrateThs: machineRateThs(r),
    idealThs: r.hashrate.thsIdeal,
    powerW: r.powerW,
    chipTempMaxC: maxOf(boards.map((b) => b.chipTempMaxC)),
    fanMinRpm: r.fansRpm.length ? Math.min(...r.fansRpm) : null,
    boards,
  };
}
