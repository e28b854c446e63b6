import { z } from 'zod';
import { AppError } from './errors.js';

/**
 * Configuration is read once, from the environment and CLI flags (flags win), into a typed,
 * frozen object. A bad value stops start-up with one line naming the variable.
 */
const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const intText = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const fields = {
  port: { env: 'PORT', schema: intText(0, 65535), fallback: '8080' },
  host: { env: 'HOST', schema: z.string().min(1), fallback: '127.0.0.1' },
  dbFile: { env: 'RIGLINE_DB', schema: z.string().min(1), fallback: './data/rigline.db' },
  filesDir: { env: 'RIGLINE_FILES_DIR', schema: z.string().min(1), fallback: './data/files' },
  databaseUrl: {
    env: 'DATABASE_URL',
    schema: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    fallback: undefined,
  },
  adminPassword: {
    env: 'RIGLINE_ADMIN_PASSWORD',
    schema: z.string().min(12, 'must be at least 12 characters').optional(),
    fallback: undefined,
  },
  telemetryUrl: {
    env: 'RIGLINE_TELEMETRY_URL',
    schema: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    fallback: undefined,
  },
  logLevel: {
    env: 'RIGLINE_LOG_LEVEL',
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    fallback: 'info',
  },
  bodyLimitBytes: {
    env: 'RIGLINE_BODY_LIMIT',
    schema: intText(1024, 1 << 30),
    fallback: '1048576',
  },
  sessionTtlHours: {
    env: 'RIGLINE_SESSION_TTL_HOURS',
    schema: intText(1, 24 * 30),
    fallback: '12',
  },
  loginMaxFailures: { env: 'RIGLINE_LOGIN_MAX_FAILURES', schema: intText(1, 100), fallback: '5' },
  loginLockoutMinutes: {
    env: 'RIGLINE_LOGIN_LOCKOUT_MINUTES',
    schema: intText(1, 24 * 60),
    fallback: '15',
  },
  loginRateLimitPerMinute: {
    env: 'RIGLINE_LOGIN_RATE_LIMIT',
    schema: intText(1, 10000),
    fallback: '20',
  },
  secureCookies: { env: 'RIGLINE_SECURE_COOKIES', schema: booleanText, fallback: 'false' },
  trustProxy: { env: 'RIGLINE_TRUST_PROXY', schema: booleanText, fallback: 'false' },
  webhookAllowPrivate: {
    env: 'RIGLINE_WEBHOOK_ALLOW_PRIVATE',
    schema: booleanText,
    fallback: 'false',
  },
  demoSeed: { env: 'RIGLINE_DEMO_SEED', schema: intText(0, 2 ** 31 - 1), fallback: '2026' },
} as const;

type Fields = typeof fields;
export type Config = Readonly<{ [K in keyof Fields]: z.output<Fields[K]['schema']> }>;
export type ConfigKey = keyof Fields;
/** Values given on the command line, by config key; they beat the environment. */
export type ConfigFlags = Partial<Record<ConfigKey, string | number | boolean | undefined>>;

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  flags: ConfigFlags = {},
): Config {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields) as [ConfigKey, Fields[ConfigKey]][]) {
    const flag = flags[key];
    const fromFlag = flag !== undefined;
    const raw = fromFlag ? String(flag) : (nonEmpty(env[field.env]) ?? field.fallback);
    const parsed = (field.schema as z.ZodType).safeParse(raw);
    if (!parsed.success) {
      const source = fromFlag ? `--${kebab(key)}` : field.env;
      const reason = parsed.error.issues[0]?.message ?? 'is invalid';
      const shown = shownValue(field.env, raw);
      throw new AppError(
        'invalid',
        'CONFIG_INVALID',
        `Invalid configuration: ${source} ${reason}${shown}`,
      );
    }
    out[key] = parsed.data;
  }
  return Object.freeze(out) as Config;
}

/** The bad value, for the error line, without leaking a password it may carry. */
function shownValue(env: string, raw: string | undefined): string {
  if (env === 'RIGLINE_ADMIN_PASSWORD' || raw === undefined) return '';
  return ` (got ${JSON.stringify(raw.replace(/\/\/([^/@]*)@/, '//***@'))})`;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
