import type { Server } from 'node:net';
import { AppError } from '../../../platform/errors.js';

/** Opening a listener, with one clear error line for the usual failures. */

export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.removeListener('listening', onListening);
      reject(listenError(error, host, port));
    };
    const onListening = () => {
      server.removeListener('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ port, host, backlog: 64, exclusive: true });
  });
}

export function listenError(e: NodeJS.ErrnoException, host: string, port: number): Error {
  if (e.code === 'EACCES')
    return new AppError(
      'unavailable',
      'SIM_PORT_DENIED',
      `cannot listen on ${host}:${port}: ports below 1024 need root (or CAP_NET_BIND_SERVICE); choose another port`,
    );
  if (e.code === 'EADDRNOTAVAIL')
    return new AppError(
      'unavailable',
      'SIM_ADDRESS_UNAVAILABLE',
      `cannot listen on ${host}:${port}: the address is not local (Linux routes all of 127.0.0.0/8 to lo; other systems need loopback aliases)`,
    );
  if (e.code === 'EMFILE' || e.code === 'ENFILE')
    return new AppError(
      'unavailable',
      'SIM_FD_LIMIT',
      `out of file descriptors at ${host}:${port}; raise ulimit -n`,
    );
  if (e.code === 'EADDRINUSE')
    return new AppError('unavailable', 'SIM_ADDRESS_IN_USE', `${host}:${port} is already in use`);
  return e;
}
