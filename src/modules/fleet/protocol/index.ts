/** The pure protocol-parsing engine: no I/O, every public function returns a result. */
export { parseLenientJson } from './lenient-json.js';
export type { LenientJsonResult } from './lenient-json.js';
export { buildCgminerRequest, readEnvelope, sectionName, splitReplies } from './cgminer.js';
export type {
  CommandReply,
  Envelope,
  EnvelopeResult,
  RequestResult,
  StatusLetter,
} from './cgminer.js';
export { parseAntminerStats } from './antminer-stats.js';
export type { AntminerStats, StatsOptions, StatsResult } from './antminer-stats.js';
export {
  buildWhatsminerRequest,
  parseWhatsminerEdevs,
  parseWhatsminerSummary,
} from './whatsminer.js';
export type { WhatsminerSummary } from './whatsminer.js';
export { parseBraiinsBoards, parseBraiinsFans } from './braiins.js';
export { parseCgiSummary, parseSystemInfo, realmIsAntminer } from './cgi.js';
export type { CgiSummary, SystemInfo } from './cgi.js';
export { digestAuthorization, parseDigestChallenge } from './digest.js';
export type { DigestChallenge, DigestResult } from './digest.js';
export { detectMiner } from './detect.js';
export type { DetectInput, Detection } from './detect.js';
export { parsePools, poolStatus } from './pools.js';
export {
  DEFAULT_CHIPS_PER_BOARD,
  FAN_SLOTS,
  TEMP_LAYOUTS,
  chipsExpectedFor,
  normalizeModelName,
} from './model-tables.js';
export type { ChipsLookup, TempLayout } from './model-tables.js';
export { dashList, normalizeMac } from './values.js';
export { REPLY_COMMANDS, normalizeReading, parseMinerReply } from './normalize.js';
export type { NormalizeInput, ParsedReply, RawReply, ReplyCommand } from './normalize.js';
export { isTextReply, parseTextReply } from './text-reply.js';
export type { TextReplyResult } from './text-reply.js';
