import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, httpStatusOfKind, type FieldError } from '../errors.js';

/** RFC 9457 problem details, with our stable `code` and per-field `errors`. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          line: z.number().int().optional(),
          field: z.string().nullable().optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Fastify's own client errors, by their codes, mapped to our codes. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_CONTENT_LENGTH',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  extra: { errors?: FieldError[] | undefined; retryAfterSeconds?: number | undefined } = {},
): FastifyReply {
  const body: Problem = {
    type: `urn:rigline:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    instance: reply.request.url.split('?')[0],
  };
  if (extra.errors?.length) body.errors = extra.errors;
  if (extra.retryAfterSeconds !== undefined)
    reply.header('retry-after', String(extra.retryAfterSeconds));
  return reply.code(status).type('application/problem+json').send(JSON.stringify(body));
}

function fieldErrorsOf(error: FastifyError): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  const where = error.validationContext ?? 'body';
  return error.validation.map((v) => {
    const path = [where, ...v.instancePath.split('/').filter(Boolean)].join('.');
    return { path, message: v.message ?? 'is invalid' };
  });
}

/** SQLSTATE class 22 (data exception): bad text encoding, numeric out of range, and so on. */
function isPostgresDataException(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      const status = httpStatusOfKind[error.kind];
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      return sendProblem(
        reply,
        status,
        error.code,
        status >= 500 ? 'The server could not complete the request.' : error.message,
        {
          errors: error.errors,
          retryAfterSeconds: error.retryAfterSeconds,
        },
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = fieldErrorsOf(error);
      const first = errors[0];
      const detail = first ? `${first.path}: ${first.message}` : 'The request is invalid.';
      return sendProblem(reply, 400, 'VALIDATION_FAILED', detail, { errors });
    }
    if (isPostgresDataException(error)) {
      // A backstop: input the edge let through but the database cannot store.
      request.log.warn({ err: error }, 'value refused by the database');
      return sendProblem(reply, 400, 'INVALID_VALUE', 'A value in the request cannot be stored.');
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return sendProblem(reply, 500, 'INTERNAL', 'The server could not complete the request.');
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code =
        (error.code && FASTIFY_CODES[error.code]) ??
        (status === 429 ? 'RATE_LIMITED' : status === 400 ? 'MALFORMED_REQUEST' : `HTTP_${status}`);
      const detail = status === 429 ? 'Too many requests. Try again later.' : error.message;
      const retry =
        status === 429 ? Number(reply.getHeader('retry-after')) || undefined : undefined;
      return sendProblem(reply, status, code, detail, { retryAfterSeconds: retry });
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, 500, 'INTERNAL', 'The server could not complete the request.');
  });
}
