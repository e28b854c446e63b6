import { connect } from 'node:net';

/**
 * Why nothing usable came back. `timeout` means no connection at all in time (nothing there,
 * on a real LAN); `silent` means a connection that never answered (a miner, but hung).
 */
export type RpcFailure =
  'refused' | 'timeout' | 'silent' | 'empty' | 'too_large' | 'reset' | 'unreachable';

/** Failures that still prove a miner is at the address (it accepted the connection). */
export const PRESENT_FAILURES: ReadonlySet<string> = new Set(['silent', 'empty', 'too_large']);
export type RpcResult = { ok: true; text: string } | { ok: false; reason: RpcFailure };

export interface RpcOptions {
  port: number;
  /** Whole exchange: connect, send, read. A miner that accepts and never answers is cut here. */
  timeoutMs: number;
  /** Replies are a few kilobytes; anything past this is not a miner talking sense. */
  maxBytes: number;
}

/**
 * One request to the cgminer-style API (TCP 4028): send in one write, read until the NUL the
 * firmware ends replies with (some keep the socket open after it), or EOF, within a size and a
 * time cap. Never rejects: failures come back as a reason.
 */
export function rpcRequest(host: string, payload: string, options: RpcOptions): Promise<RpcResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    let connected = false;
    const socket = connect({ host, port: options.port });
    const finish = (result: RpcResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, reason: connected ? 'silent' : 'timeout' }),
      options.timeoutMs,
    );
    socket.setNoDelay(true);
    socket.on('connect', () => {
      connected = true;
      socket.write(payload);
    });
    socket.on('data', (chunk: Buffer) => {
      const end = chunk.indexOf(0);
      if (end >= 0) {
        chunks.push(end > 0 ? chunk.subarray(0, end) : Buffer.alloc(0));
        size += end;
      } else {
        chunks.push(chunk);
        size += chunk.length;
      }
      if (size > options.maxBytes) return finish({ ok: false, reason: 'too_large' });
      if (end >= 0) finish(textOf(chunks, size));
    });
    socket.on('end', () => finish(textOf(chunks, size)));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (size > 0) return finish(textOf(chunks, size));
      finish({
        ok: false,
        reason:
          error.code === 'ECONNREFUSED'
            ? 'refused'
            : error.code === 'EHOSTUNREACH' || error.code === 'ENETUNREACH'
              ? 'unreachable'
              : 'reset',
      });
    });
  });
}

function textOf(chunks: Buffer[], size: number): RpcResult {
  if (size === 0) return { ok: false, reason: 'empty' };
  return { ok: true, text: Buffer.concat(chunks, size).toString('utf8') };
}
