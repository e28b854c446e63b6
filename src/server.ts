import type { System } from './system.js';

export interface ServeOptions {
  port: number;
  host: string;
  /** Printed once the server listens (the demo's login). */
  banner?: (url: string) => string[];
}

/** Listen, start the background workers, and shut down cleanly on SIGINT/SIGTERM. */
export async function serve(
  system: System,
  options: ServeOptions,
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = await system.buildApp();
  await app.listen({ port: options.port, host: options.host });
  system.startWorkers();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost =
    options.host === '0.0.0.0' || options.host === '127.0.0.1' || options.host === '::'
      ? 'localhost'
      : options.host;
  const url = `http://${shownHost}:${port}`;
  for (const line of options.banner?.(url) ?? [`Rigline listening on ${url}`])
    process.stdout.write(`${line}\n`);

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await app.close();
      await system.close();
    })();
    return closing;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void close().then(() => process.exit(0));
    });
  }
  return { url, close };
}
