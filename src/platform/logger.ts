import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/** Fields that must never reach a log line, wherever they appear in a logged object. */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'token',
  '*.token',
];

export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  return pino({
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    ...options,
  });
}
