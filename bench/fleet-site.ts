// The benchmark's simulated site: where its addresses start and the request every miner gets
// (bench/fleet-collector.mjs counts the addresses up from SITE_START).
export const SITE_START = '127.20.0.1';
export const BENCH_REQUEST = '{"command":"summary+stats+pools"}';
