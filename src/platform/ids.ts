import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids: sorting by id sorts by creation time, which keyset paging relies on. */
export function newId(): string {
  return uuidv7();
}

/** A URL-safe random secret of `bytes` bytes of entropy. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
