import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ATTACHMENT_TYPES } from './attachments.service.js';

/** Largest upload HTTP takes; the service setting `attachment_max_bytes` is the real limit. */
export const UPLOAD_LIMIT = 50 * 1024 * 1024;

/**
 * Uploads arrive as the file itself with its own Content-Type, read as bytes. Registered only in
 * the nested plugin of the upload routes, so no other route takes a file (or its larger limit).
 */
export function acceptUploads(instance: FastifyInstance) {
  instance.removeContentTypeParser('text/plain');
  instance.addContentTypeParser(
    [...ATTACHMENT_TYPES],
    { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT },
    (_request, body, done) => done(null, body),
  );
}

/** The uploaded file's bytes and declared type. */
export function uploaded(request: FastifyRequest) {
  const body = request.body as Buffer | string | undefined;
  return {
    contentType: request.headers['content-type'] ?? '',
    bytes: typeof body === 'string' ? Buffer.from(body, 'utf8') : (body ?? Buffer.alloc(0)),
  };
}
