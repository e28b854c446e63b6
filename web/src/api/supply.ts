import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, compactQuery } from './client';
import type {
  PoAction,
  PoStatus,
  PriceBreak,
  PriceBreakInput,
  PurchaseOrder,
  PurchaseOrderCreated,
  PurchaseOrderInput,
  PurchaseOrderSummary,
  ReceiptDetail,
  ReceiptInput,
  StockBalance,
  StockLocation,
  StockMove,
  StockSerial,
  StockValuation,
  Supplier,
  SupplierDetail,
  SupplierInput,
} from './supplyTypes';
import { tradeQueryKeys } from './trade';
import type { ItemList, Page } from './types';

export interface SupplierFilters {
  country?: string | null;
  restricted?: boolean | null;
}

export interface PurchaseOrderFilters {
  status?: PoStatus | null;
  /** Supplier code or id. */
  supplier?: string | null;
}

export interface BalanceFilters {
  /** Location code or id. */
  location?: string | null;
  nonZero?: boolean;
}

const MOVES_PAGE_SIZE = 25;

const enc = encodeURIComponent;

export const supplyQueryKeys = {
  all: ['supply'] as const,
  suppliers: (filters: SupplierFilters) => ['supply', 'suppliers', compactQuery(filters)] as const,
  supplier: (key: string) => ['supply', 'supplier', key] as const,
  purchaseOrders: (filters: PurchaseOrderFilters) =>
    ['supply', 'purchase-orders', compactQuery(filters)] as const,
  purchaseOrder: (key: string) => ['supply', 'purchase-order', key] as const,
  receipt: (number: string) => ['supply', 'receipt', number] as const,
  locations: ['supply', 'locations'] as const,
  inventory: ['supply', 'inventory'] as const,
  balances: (filters: BalanceFilters) =>
    ['supply', 'inventory', 'balances', compactQuery(filters)] as const,
  moves: ['supply', 'inventory', 'moves'] as const,
  serial: (serial: string) => ['supply', 'inventory', 'serial', serial] as const,
  valuation: ['supply', 'inventory', 'valuation'] as const,
};

export function fetchSuppliers(filters: SupplierFilters, signal?: AbortSignal) {
  return api.get<ItemList<Supplier>>('/suppliers', { ...filters }, signal);
}

export function fetchSupplier(key: string, signal?: AbortSignal) {
  return api.get<SupplierDetail>(`/suppliers/${enc(key)}`, undefined, signal);
}

export function createSupplier(input: SupplierInput) {
  return api.post<Supplier>('/suppliers', input);
}

export function updateSupplier(key: string, changes: Partial<SupplierInput>) {
  return api.patch<Supplier>(`/suppliers/${enc(key)}`, changes);
}

export function setPriceBreak(supplier: string, input: PriceBreakInput) {
  return api.put<PriceBreak>(`/suppliers/${enc(supplier)}/price-breaks`, input);
}

export function removePriceBreak(supplier: string, breakId: string) {
  return api.delete<void>(`/suppliers/${enc(supplier)}/price-breaks/${enc(breakId)}`);
}

export function fetchPurchaseOrders(filters: PurchaseOrderFilters, signal?: AbortSignal) {
  return api.get<ItemList<PurchaseOrderSummary>>('/purchase-orders', { ...filters }, signal);
}

export function fetchPurchaseOrder(key: string, signal?: AbortSignal) {
  return api.get<PurchaseOrder>(`/purchase-orders/${enc(key)}`, undefined, signal);
}

export function createPurchaseOrder(input: PurchaseOrderInput) {
  return api.post<PurchaseOrderCreated>('/purchase-orders', input);
}

/** Approve, send or cancel; sending to a restricted party needs `acknowledgeRestricted`. */
export function purchaseOrderAction(key: string, action: PoAction, acknowledgeRestricted = false) {
  const body = action === 'send' && acknowledgeRestricted ? { acknowledgeRestricted } : {};
  return api.post<PurchaseOrder>(`/purchase-orders/${enc(key)}/${action}`, body);
}

export function postReceipt(poKey: string, input: ReceiptInput) {
  return api.post<ReceiptDetail>(`/purchase-orders/${enc(poKey)}/receipts`, input);
}

export function fetchReceipt(number: string, signal?: AbortSignal) {
  return api.get<ReceiptDetail>(`/receipts/${enc(number)}`, undefined, signal);
}

export function fetchLocations(signal?: AbortSignal) {
  return api.get<ItemList<StockLocation>>('/inventory/locations', undefined, signal);
}

export function fetchBalances(filters: BalanceFilters, signal?: AbortSignal) {
  return api.get<ItemList<StockBalance>>('/inventory/balances', { ...filters }, signal);
}

export function fetchMoves(cursor: string | null, signal?: AbortSignal) {
  return api.get<Page<StockMove>>('/inventory/moves', { cursor, limit: MOVES_PAGE_SIZE }, signal);
}

export function fetchSerial(serial: string, signal?: AbortSignal) {
  return api.get<StockSerial>(`/inventory/serials/${enc(serial)}`, undefined, signal);
}

export function fetchValuation(signal?: AbortSignal) {
  return api.get<StockValuation>('/inventory/valuation', undefined, signal);
}

export function useSuppliers(filters: SupplierFilters = {}) {
  return useQuery({
    queryKey: supplyQueryKeys.suppliers(filters),
    queryFn: ({ signal }) => fetchSuppliers(filters, signal),
    placeholderData: keepPreviousData,
  });
}

/** One supplier with its price breaks; idle while `key` is null. */
export function useSupplier(key: string | null) {
  return useQuery({
    queryKey: supplyQueryKeys.supplier(key ?? ''),
    queryFn: ({ signal }) => fetchSupplier(key!, signal),
    enabled: key !== null,
  });
}

export function usePurchaseOrders(filters: PurchaseOrderFilters) {
  return useQuery({
    queryKey: supplyQueryKeys.purchaseOrders(filters),
    queryFn: ({ signal }) => fetchPurchaseOrders(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePurchaseOrder(key: string) {
  return useQuery({
    queryKey: supplyQueryKeys.purchaseOrder(key),
    queryFn: ({ signal }) => fetchPurchaseOrder(key, signal),
  });
}

export function useReceipt(number: string) {
  return useQuery({
    queryKey: supplyQueryKeys.receipt(number),
    queryFn: ({ signal }) => fetchReceipt(number, signal),
    staleTime: Infinity,
  });
}

export function useLocations() {
  return useQuery({
    queryKey: supplyQueryKeys.locations,
    queryFn: ({ signal }) => fetchLocations(signal),
    staleTime: 5 * 60_000,
  });
}

/** Idle while `enabled` is false (e.g. a van not known yet: without a location, all stock). */
export function useBalances(filters: BalanceFilters, enabled = true) {
  return useQuery({
    queryKey: supplyQueryKeys.balances(filters),
    queryFn: ({ signal }) => fetchBalances(filters, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The stock ledger, newest first ("Load more" follows nextCursor). */
export function useMoves() {
  return useInfiniteQuery({
    queryKey: supplyQueryKeys.moves,
    queryFn: ({ pageParam, signal }) => fetchMoves(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useSerial(serial: string) {
  return useQuery({
    queryKey: supplyQueryKeys.serial(serial),
    queryFn: ({ signal }) => fetchSerial(serial, signal),
  });
}

export function useValuation() {
  return useQuery({
    queryKey: supplyQueryKeys.valuation,
    queryFn: ({ signal }) => fetchValuation(signal),
  });
}

const refreshSupply = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: supplyQueryKeys.all });

export function useCreateSupplier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSupplier,
    onSuccess: () => refreshSupply(queryClient),
  });
}

export function useUpdateSupplier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, changes }: { key: string; changes: Partial<SupplierInput> }) =>
      updateSupplier(key, changes),
    onSuccess: () => refreshSupply(queryClient),
  });
}

export function useSetPriceBreak(supplier: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PriceBreakInput) => setPriceBreak(supplier, input),
    onSuccess: () => refreshSupply(queryClient),
  });
}

export function useRemovePriceBreak(supplier: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (breakId: string) => removePriceBreak(supplier, breakId),
    onSuccess: () => refreshSupply(queryClient),
  });
}

export function useCreatePurchaseOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPurchaseOrder,
    onSuccess: () => refreshSupply(queryClient),
  });
}

export function usePurchaseOrderAction(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, acknowledge }: { action: PoAction; acknowledge?: boolean }) =>
      purchaseOrderAction(key, action, acknowledge),
    onSuccess: (po) => {
      queryClient.setQueryData(supplyQueryKeys.purchaseOrder(key), po);
      return refreshSupply(queryClient);
    },
  });
}

/** A receipt moves the PO, stock, valuation and (for imports) customs entries and refunds. */
export function usePostReceipt(poKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReceiptInput) => postReceipt(poKey, input),
    onSuccess: () =>
      Promise.all([
        refreshSupply(queryClient),
        queryClient.invalidateQueries({ queryKey: tradeQueryKeys.all }),
      ]),
  });
}
