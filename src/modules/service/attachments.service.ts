import type { Actor } from '../../platform/authz.js';
import { assertCustomerAccess, requireAnyRole } from '../../platform/authz.js';
import { inTransaction, tablesOf } from '../../platform/db/database.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { contentKey } from '../../platform/files/file-storage.js';
import { newId } from '../../platform/ids.js';
import { loadVisit } from './field.service.js';
import { loadRma } from './rma.moves.js';
import { RMA_READERS } from './rma.service.js';
import type { ServiceDeps } from './service.deps.js';
import type { ServiceTables } from './service.tables.js';
import { serviceSetting } from './setup.service.js';

/**
 * What may be attached: photos of serial labels and damage, miner logs and reports. The type
 * is judged from the bytes, not from what the uploader claims, so a script named `.png` is
 * refused.
 */
const KINDS = [
  {
    type: 'image/png',
    ext: ['png'],
    sniff: (b: Buffer) =>
      b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    type: 'image/jpeg',
    ext: ['jpg', 'jpeg'],
    sniff: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  {
    type: 'image/webp',
    ext: ['webp'],
    sniff: (b: Buffer) =>
      b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  },
  {
    type: 'application/pdf',
    ext: ['pdf'],
    sniff: (b: Buffer) => b.toString('latin1', 0, 5) === '%PDF-',
  },
  { type: 'text/plain', ext: ['txt', 'log', 'csv', 'json'], sniff: isText },
] as const;

export const ATTACHMENT_TYPES = KINDS.map((k) => k.type);

/** Printable UTF-8 without NUL bytes: logs and exports, never a disguised binary. */
function isText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const SAFE_NAME = /[^A-Za-z0-9._ -]+/g;

export function createAttachmentService(deps: ServiceDeps) {
  const db = tablesOf<ServiceTables>(deps.db);

  return {
    /**
     * Attach a file to an RMA (the customer's own, or any for staff) or to a field visit (its
     * technician's photos).
     */
    async attach(
      actor: Actor,
      target: { rma: string } | { visit: string },
      input: { fileName: string; contentType: string; bytes: Buffer },
    ) {
      requireAnyRole(actor, RMA_READERS);
      const owner =
        'rma' in target
          ? { ...(await loadRma(deps.db, actor, target.rma)), visitId: null }
          : await loadVisit(deps.db, actor, target.visit).then((v) => ({
              id: null,
              visitId: v.id,
              customerId: v.customerId,
            }));
      const max = Number(await serviceSetting(deps.db, 'attachment_max_bytes'));
      if (input.bytes.length === 0) throw invalid('SERVICE_ATTACHMENT_EMPTY', 'The file is empty.');
      if (input.bytes.length > max)
        throw new AppError(
          'invalid',
          'SERVICE_ATTACHMENT_TOO_LARGE',
          `The file is ${(input.bytes.length / 1048576).toFixed(1)} MB; the limit is ${(max / 1048576).toFixed(1)} MB.`,
        );
      const name = input.fileName.replace(SAFE_NAME, '_').slice(0, 120) || 'file';
      const ext = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
      const kind = KINDS.find((k) => k.type === input.contentType.split(';')[0]!.trim());
      if (!kind || !kind.sniff(input.bytes) || !(kind.ext as readonly string[]).includes(ext))
        throw invalid(
          'SERVICE_ATTACHMENT_TYPE',
          `Attach photos (PNG, JPEG, WebP), PDF, or text logs (.txt, .log, .csv, .json) whose content matches their name; "${name}" as ${input.contentType} is not one.`,
        );
      const { key, sha256 } = contentKey('rma', input.bytes);
      // The file is stored first: a crash before the row leaves an unreferenced file, never a
      // row pointing at nothing.
      await deps.files.put(key, input.bytes);
      return inTransaction(deps.db, async (trx) => {
        const row = {
          id: newId(),
          rmaId: owner.id,
          visitId: owner.visitId,
          customerId: owner.customerId,
          fileName: name,
          contentType: kind.type,
          sizeBytes: input.bytes.length,
          sha256,
          storageKey: key,
          uploadedBy: actor.id ?? actor.label,
          uploadedAt: deps.clock.now(),
        };
        await tablesOf<ServiceTables>(trx).insertInto('serviceAttachments').values(row).execute();
        await deps.audit.record(trx, actor, {
          action: 'service.attachment.add',
          entityType: owner.id ? 'rma' : 'visit',
          entityId: owner.id ?? owner.visitId!,
          after: { fileName: name, contentType: kind.type, sizeBytes: row.sizeBytes, sha256 },
          customerId: owner.customerId,
        });
        return {
          id: row.id,
          fileName: name,
          contentType: kind.type,
          sizeBytes: row.sizeBytes,
          uploadedAt: row.uploadedAt,
        };
      });
    },

    /** The file, for the customer it belongs to or staff. */
    async download(actor: Actor, id: string) {
      requireAnyRole(actor, RMA_READERS);
      const missing = () => notFound('SERVICE_ATTACHMENT_NOT_FOUND', `No attachment "${id}".`);
      const row = await db
        .selectFrom('serviceAttachments')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) throw missing();
      assertCustomerAccess(actor, row.customerId, missing);
      const bytes = await deps.files.get(row.storageKey);
      if (!bytes) throw missing();
      return { fileName: row.fileName, contentType: row.contentType, bytes };
    },
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;
