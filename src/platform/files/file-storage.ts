import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/**
 * Where uploaded files (photos, logs, signatures) live, behind one small interface so a
 * deployment can swap the local disk for an object store without touching the modules.
 * Keys are chosen by the platform (content hash based), never by the uploader.
 */
export interface FileStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when the key is unknown. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/_-]{0,200}$/;

function checkKey(key: string): string {
  // Keys are generated inside the platform; a bad one is a programming error, not user input.
  if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`unsafe storage key: ${key}`);
  return key;
}

/** The default: files under one directory, written to a temporary name then renamed. */
export function localDiskStorage(root: string): FileStorage {
  const base = resolve(root);
  const pathOf = (key: string) => join(base, checkKey(key));
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // A name of its own: two uploads of the same file at once must not share it.
      const partial = `${path}.${randomUUID()}.partial`;
      await writeFile(partial, bytes);
      // The rename makes the file appear whole or not at all.
      await rename(partial, path);
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

/** A content-addressed key: identical uploads share one stored file. */
export function contentKey(prefix: string, bytes: Buffer): { key: string; sha256: string } {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { key: `${prefix}/${sha256.slice(0, 2)}/${sha256}`, sha256 };
}
