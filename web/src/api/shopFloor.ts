import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ReasonCode } from './plantTypes';
import { productionQueryKeys } from './production';
import type { Operation, WorkOrder } from './productionTypes';
import type {
  AssembleInput,
  Built,
  BuildSheet,
  BurnInInput,
  BurnInVerdict,
  HashboardInput,
  KitInput,
  KitResult,
  OperationInput,
  ReleaseInput,
  ReworkInput,
  ScanResult,
  ScrapInput,
  StepResult,
} from './shopFloorTypes';
import { supplyQueryKeys } from './supply';
import type { ItemList } from './types';

const enc = encodeURIComponent;
const workOrder = (number: string) => `/production/work-orders/${enc(number)}`;
const unit = (serial: string) => `/production/units/${enc(serial)}`;

export const shopFloorQueryKeys = {
  scan: (serial: string) => ['production', 'scan', serial] as const,
  buildSheet: (number: string) => ['production', 'build-sheet', number] as const,
  /** Under `plant`: editing the plant's reason codes refreshes them here too. */
  reasonCodes: ['plant', 'reason-codes'] as const,
};

export function releaseWorkOrder(input: ReleaseInput) {
  return api.post<WorkOrder>('/production/work-orders', input);
}

/** Reserves and moves the parts for the work order's remaining units to its line. */
export function kitWorkOrder(number: string, input: KitInput) {
  return api.post<KitResult>(`${workOrder(number)}/kit`, input);
}

export function buildHashboard(number: string, input: HashboardInput) {
  return api.post<Built>(`${workOrder(number)}/hashboards`, input);
}

export function assembleUnit(number: string, input: AssembleInput) {
  return api.post<Built>(`${workOrder(number)}/units`, input);
}

export function recordBurnIn(serial: string, input: BurnInInput) {
  return api.post<BurnInVerdict>(`${unit(serial)}/burn-in`, input);
}

export function recordOperation(serial: string, input: OperationInput) {
  return api.post<Operation>(`${unit(serial)}/operations`, input);
}

export function reworkUnit(serial: string, input: ReworkInput) {
  return api.post<StepResult>(`${unit(serial)}/rework`, input);
}

export function scrapUnit(serial: string, input: ScrapInput) {
  return api.post<StepResult>(`${unit(serial)}/scrap`, input);
}

export function fetchScan(serial: string, signal?: AbortSignal) {
  return api.get<ScanResult>(`/production/scan/${enc(serial)}`, undefined, signal);
}

export function fetchReasonCodes(signal?: AbortSignal) {
  return api.get<ItemList<ReasonCode>>('/plant/reason-codes', undefined, signal);
}

/** What a scanned serial is and its next step; runs once there is a serial. */
export function useScan(serial: string | null) {
  return useQuery({
    queryKey: shopFloorQueryKeys.scan(serial ?? ''),
    queryFn: serial ? ({ signal }) => fetchScan(serial, signal) : skipToken,
    staleTime: 0,
    retry: false,
  });
}

export function fetchBuildSheet(number: string, signal?: AbortSignal) {
  return api.get<BuildSheet>(`${workOrder(number)}/build-sheet`, undefined, signal);
}

/** What one unit of the work order takes; runs once a work order is picked. */
export function useBuildSheet(number: string | null) {
  return useQuery({
    queryKey: shopFloorQueryKeys.buildSheet(number ?? ''),
    queryFn: number ? ({ signal }) => fetchBuildSheet(number, signal) : skipToken,
    staleTime: 60_000,
  });
}

export function useReasonCodes() {
  return useQuery({
    queryKey: shopFloorQueryKeys.reasonCodes,
    queryFn: ({ signal }) => fetchReasonCodes(signal),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}

/**
 * A mutation on the line: afterwards every production view (work orders, units, scans, yield)
 * is refreshed, and stock too when `movesStock` (building and burn-in consume or produce it).
 */
function useLineMutation<V, R>(mutationFn: (variables: V) => Promise<R>, movesStock = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: productionQueryKeys.all }),
        movesStock && queryClient.invalidateQueries({ queryKey: supplyQueryKeys.inventory }),
      ]),
  });
}

export function useReleaseWorkOrder() {
  return useLineMutation(releaseWorkOrder);
}

export function useKitWorkOrder(number: string) {
  return useLineMutation((input: KitInput) => kitWorkOrder(number, input), true);
}

export function useBuildHashboard() {
  return useLineMutation(
    ({ workOrder, ...input }: HashboardInput & { workOrder: string }) =>
      buildHashboard(workOrder, input),
    true,
  );
}

export function useAssembleUnit() {
  return useLineMutation(
    ({ workOrder, ...input }: AssembleInput & { workOrder: string }) =>
      assembleUnit(workOrder, input),
    true,
  );
}

export function useRecordBurnIn() {
  return useLineMutation(
    ({ serial, ...input }: BurnInInput & { serial: string }) => recordBurnIn(serial, input),
    true,
  );
}

export function useRecordOperation() {
  return useLineMutation(({ serial, ...input }: OperationInput & { serial: string }) =>
    recordOperation(serial, input),
  );
}

export function useReworkUnit() {
  return useLineMutation(({ serial, ...input }: ReworkInput & { serial: string }) =>
    reworkUnit(serial, input),
  );
}

export function useScrapUnit() {
  return useLineMutation(({ serial, ...input }: ScrapInput & { serial: string }) =>
    scrapUnit(serial, input),
  );
}
