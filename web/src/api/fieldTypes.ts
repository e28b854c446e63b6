/** Types of the field-service API: technicians, visits to sites, the dispatch planner. */
import type { RmaAttachment } from './serviceTypes';
import type { EpochMillis } from './types';

export const VISIT_STATUSES = [
  'planned',
  'scheduled',
  'checked_in',
  'completed',
  'cancelled',
] as const;

/** Planned (no day yet) → scheduled by the dispatch plan → checked in on site → completed. */
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export type VisitResult = 'fixed' | 'not_fixed' | 'to_depot';

export interface Technician {
  id: string;
  code: string;
  name: string;
  /** The login that works this technician's visits; null when none is linked. */
  userId: string | null;
  homeLabel: string;
  homeLatitude: number;
  homeLongitude: number;
  /** Part kinds the technician repairs on site (hashboard, psu, fan…). */
  skills: string[];
  minutesPerDay: number;
  daysOff: string[];
  /** The van's stock location: parts used on site come from it. */
  vanLocationId: string | null;
  active: boolean;
}

export interface TechnicianInput {
  name: string;
  user?: string | null;
  homeLabel: string;
  homeLatitude: number;
  homeLongitude: number;
  skills: string[];
  minutesPerDay: number;
  daysOff?: string[];
  /** The van's stock location code. */
  van?: string | null;
  active?: boolean;
}

export interface VisitSummary {
  id: string;
  /** "FV-2026-00001". */
  number: string;
  status: VisitStatus;
  customerCode: string;
  siteCode: string;
  siteName: string;
  units: number;
  windowStart: string;
  windowEnd: string;
  /** The SLA day: the visit is late after it. */
  dueBy: string;
  durationMin: number;
  /** Technician code. */
  technician: string | null;
  scheduledOn: string | null;
  routeOrder: number | null;
}

export interface VisitPartUsed {
  partNumber: string;
  removedSerial: string | null;
  installedSerial: string | null;
  quantity: number;
  /** Null for customers: what parts cost the maker is not theirs to see. */
  costCents: number | null;
}

export interface VisitUnit {
  serial: string;
  faultCode: string;
  result: VisitResult | null;
  note: string | null;
  partsUsed: VisitPartUsed[];
}

export interface VisitDetail {
  id: string;
  number: string;
  status: VisitStatus;
  customerCode: string;
  site: {
    code: string;
    name: string;
    city: string;
    state: string;
    latitude: number;
    longitude: number;
  };
  windowStart: string;
  windowEnd: string;
  dueBy: string;
  durationMin: number;
  skills: string[];
  /** Parts to load in the van, suggested from the fault codes. */
  kit: { partNumber: string; quantity: number }[];
  technician: { code: string; name: string } | null;
  scheduledOn: string | null;
  checkedInAt: EpochMillis | null;
  completedAt: EpochMillis | null;
  signoffName: string | null;
  note: string | null;
  units: VisitUnit[];
  attachments: RmaAttachment[];
}

export interface VisitInput {
  customer?: string;
  /** Site code (of that customer). */
  site: string;
  units: { serial: string; fault: string }[];
  windowStart?: string;
  windowEnd?: string;
  dueBy?: string;
  note?: string | null;
}

export interface VisitPartInput {
  partNumber: string;
  removedSerial?: string;
  installedSerial?: string;
  quantity?: number;
}

export interface UnitResultInput {
  result: VisitResult;
  parts?: VisitPartInput[];
  note?: string;
}

export interface DispatchObjective {
  travelMin: number;
  lateDays: number;
  /** Visits finished after their SLA day. */
  breaches: number;
  unassigned: number;
  /** The weighted sum the planner minimises. */
  total: number;
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface DispatchStop {
  /** Visit number. */
  visit: string;
  customerCode: string;
  siteCode: string;
  siteName: string;
  location: GeoPoint;
  /** Minutes from the start of the working day: work starts, work ends. */
  startMin: number;
  endMin: number;
  /** Driving to this stop, just before `startMin`. */
  travelMin: number;
  lateDays: number;
  dueBy: string;
}

/** One technician's day: home → stops → home. */
export interface DispatchRoute {
  technician: string;
  technicianName: string;
  home: GeoPoint;
  date: string;
  /** Including the drive home. */
  travelMin: number;
  workMin: number;
  stops: DispatchStop[];
}

export interface DispatchPlan {
  id: string;
  /** Whether the visits were scheduled as planned. */
  applied: boolean;
  firstDay: string;
  days: number;
  plannerMs: number;
  objective: DispatchObjective;
  /** What a dispatcher sending each technician to the nearest visit would get. */
  nearestFirst: DispatchObjective;
  routes: DispatchRoute[];
  unassigned: { visit: string; reason: string }[];
}

export interface DispatchInput {
  from?: string;
  days?: number;
  apply?: boolean;
}

/** Sites with more failed machines under open RMAs than the on-site threshold. */
export interface OnsiteCandidates {
  threshold: number;
  items: { customerCode: string; siteCode: string; siteName: string; failedUnits: number }[];
}

export type RefurbGrade = 'A' | 'B';

/** A refurbished machine kept to ship ahead of a repair. */
export interface RefurbUnit {
  serial: string;
  model: string;
  grade: RefurbGrade;
  status: 'available' | 'shipped';
  note: string | null;
  addedAt: EpochMillis;
  shippedAt: EpochMillis | null;
}

export interface RefurbInput {
  serial: string;
  model: string;
  grade: RefurbGrade;
  note?: string;
}
