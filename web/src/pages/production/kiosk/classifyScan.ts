import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/problem';
import { fetchScan, shopFloorQueryKeys } from '../../../api/shopFloor';
import { fetchSerial, supplyQueryKeys } from '../../../api/supply';

export type Classified =
  { as: 'hashboard' } | { as: 'part'; partNumber: string } | { as: 'refused'; message: string };

const notFound = (error: unknown, code: string) => isApiError(error) && error.code === code;

/** A part serial in stock records, e.g. a PSU or control board; refused unless in stock. */
async function classifyPart(queryClient: QueryClient, serial: string): Promise<Classified> {
  try {
    const part = await queryClient.fetchQuery({
      queryKey: supplyQueryKeys.serial(serial),
      queryFn: ({ signal }) => fetchSerial(serial, signal),
      staleTime: 0,
      retry: false,
    });
    if (part.status !== 'in_stock')
      return {
        as: 'refused',
        message: `${serial} (${part.partNumber}) is ${part.status}: it is not in stock.`,
      };
    return { as: 'part', partNumber: part.partNumber };
  } catch (error) {
    if (notFound(error, 'SUPPLY_SERIAL_NOT_FOUND'))
      return {
        as: 'refused',
        message: `${serial} is neither a board built here nor a part in stock.`,
      };
    throw error;
  }
}

/**
 * What a serial scanned at final assembly is: a free hashboard built here, or a part serial
 * in stock (PSU, control board); anything else is refused with the reason.
 */
export async function classifyScan(queryClient: QueryClient, serial: string): Promise<Classified> {
  try {
    const scan = await queryClient.fetchQuery({
      queryKey: shopFloorQueryKeys.scan(serial),
      queryFn: ({ signal }) => fetchScan(serial, signal),
      staleTime: 0,
      retry: false,
    });
    if (scan.kind === 'unit')
      return { as: 'refused', message: `${serial} is a finished unit, not a part of one.` };
    if (scan.status !== 'built')
      return { as: 'refused', message: `${serial} is ${scan.status}: it is not free to install.` };
    return { as: 'hashboard' };
  } catch (error) {
    if (notFound(error, 'PRODUCTION_UNIT_NOT_FOUND')) return classifyPart(queryClient, serial);
    throw error;
  }
}
