import { z } from 'zod';
import { HEALTH_FAULTS } from './health/health.types.js';
import { FIRMWARES, minerReading } from './reading.js';
import { FLEET_SETTINGS } from './fleet.settings.js';

const nullableNumber = z.number().nullable();

export const siteRefSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  state: z.string(),
  city: z.string(),
  customerId: z.string(),
  customerName: z.string(),
});

export const siteSummarySchema = z.object({
  machines: z.number(),
  online: z.number(),
  onlineShare: nullableNumber,
  hashrateThs: z.number(),
  nominalThs: z.number(),
  hashrateShare: nullableNumber,
  efficiencyJth: nullableNumber,
  efficiencyReportedShare: nullableNumber,
  unknown: z.number(),
  swapped: z.number(),
  lastSeenAt: nullableNumber,
  byModel: z.array(
    z.object({
      model: z.string().nullable(),
      machines: z.number(),
      online: z.number(),
      hashrateThs: z.number(),
      nominalThs: nullableNumber,
    }),
  ),
});

export const sitePointSchema = z.object({
  at: z.number(),
  hashrateThs: z.number(),
  machines: z.number(),
  machinesOnline: z.number(),
});

export const machineSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  identityKey: z.string(),
  ip: z.string(),
  ipNumber: z.number(),
  mac: z.string().nullable(),
  unitSerial: z.string().nullable(),
  hostname: z.string().nullable(),
  make: z.string().nullable(),
  model: z.string().nullable(),
  firmware: z.enum(FIRMWARES),
  firmwareVersion: z.string().nullable(),
  unitId: z.string().nullable(),
  matchedSerial: z.string().nullable(),
  matchedBy: z.enum(['serial', 'mac', 'board']).nullable(),
  swappedBoards: z.array(z.string()),
  online: z.boolean(),
  firstSeenAt: z.number(),
  lastSeenAt: nullableNumber,
  lastOnlineAt: nullableNumber,
  hashrateThs: nullableNumber,
  idealThs: nullableNumber,
  powerW: nullableNumber,
  chipTempMaxC: nullableNumber,
  fanMinRpm: nullableNumber,
  boards: z.number(),
  /** What went wrong at the newest poll (why it could not be read, what the miner reports). */
  problems: z.array(z.string()),
});

export const siteFaultsSchema = z.object({
  /** Machines with at least one open fault. */
  machines: z.number(),
  /** Open fault episodes by kind. */
  byFault: z.partialRecord(z.enum(HEALTH_FAULTS), z.number()),
});

const birthCertificateSchema = z.object({
  testedAt: z.number(),
  hashrateThs: z.number(),
  powerW: z.number(),
  maxChipTempC: z.number(),
  /** The slowest fan under load at burn-in (0: water-cooled). */
  minFanRpm: z.number(),
  boards: z.array(
    z.object({
      index: z.number(),
      serial: z.string().nullable(),
      hashrateThs: z.number(),
      chips: z.number(),
      maxChipTempC: z.number(),
    }),
  ),
});

export const machineDetailSchema = machineSchema.extend({
  site: siteRefSchema,
  /** The whole reading kept last (refreshed every few minutes and on change); null if none. */
  reading: minerReading.nullable(),
  /** The unit's passing burn-in here: the baseline of its charts; null if not built here. */
  birthCertificate: birthCertificateSchema.nullable(),
});

const column = <T extends z.ZodType>(t: T) => z.array(t);
export const machineTableSchema = z.object({
  siteId: z.string(),
  at: z.number(),
  total: z.number(),
  columns: z.object({
    id: column(z.string()),
    ip: column(z.string()),
    hostname: column(z.string().nullable()),
    model: column(z.string().nullable()),
    firmware: column(z.enum(FIRMWARES)),
    unitSerial: column(z.string().nullable()),
    /** Matched to a unit built here. */
    builtHere: column(z.boolean()),
    /** Serials read of boards not fitted in its unit (empty when none). */
    swappedBoards: column(z.array(z.string())),
    online: column(z.boolean()),
    hashrateThs: column(nullableNumber),
    idealThs: column(nullableNumber),
    chipTempMaxC: column(nullableNumber),
    fanMinRpm: column(nullableNumber),
    lastSeenAt: column(nullableNumber),
    /** Why an offline machine could not be read (null when online). */
    problem: column(z.string().nullable()),
    /** Open fault kinds, comma-separated; empty when healthy. */
    faults: column(z.string()),
  }),
});

const boardSampleSchema = z.object({
  index: z.number(),
  rateThs: z.number(),
  chipTempMaxC: nullableNumber,
  pcbTempMaxC: nullableNumber,
  chips: z.number(),
  hwErrors: nullableNumber,
});

export const historySchema = z.object({
  machineId: z.string(),
  from: z.number(),
  to: z.number(),
  resolution: z.enum(['raw', '5m', '1h']),
  points: z.array(
    z.object({
      at: z.number(),
      samples: z.number(),
      onlineShare: z.number(),
      hashrateThs: nullableNumber,
      powerW: nullableNumber,
      chipTempMaxC: nullableNumber,
      fanMinRpm: nullableNumber,
      boards: z.array(boardSampleSchema),
    }),
  ),
});

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const machineFilter = z.strictObject({
  status: z.enum(['online', 'offline']).optional(),
  model: z.string().min(1).max(80).optional(),
  q: z.string().min(1).max(80).optional(),
  matched: flag.optional(),
  swapped: flag.optional(),
  sort: z.enum(['ip', 'hashrate', 'temperature', 'lastSeen']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const historyQuery = z.strictObject({
  from: z.coerce.number().int().min(0).optional(),
  to: z.coerce.number().int().min(0).optional(),
  resolution: z.enum(['raw', '5m', '1h']).optional(),
});

export const ingestResultSchema = z.object({
  batchId: z.string(),
  duplicate: z.boolean(),
  readings: z.number(),
  machinesNew: z.number(),
  matched: z.number(),
  unknown: z.number(),
});

const settingKeys = Object.keys(FLEET_SETTINGS) as [
  keyof typeof FLEET_SETTINGS,
  ...(keyof typeof FLEET_SETTINGS)[],
];
export const settingsSchema = z.object(
  Object.fromEntries(settingKeys.map((k) => [k, z.number()])) as Record<
    keyof typeof FLEET_SETTINGS,
    z.ZodNumber
  >,
);
export const settingInput = z.strictObject({ key: z.enum(settingKeys), value: z.number().int() });
