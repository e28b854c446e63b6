import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, compactQuery } from './client';
import type {
  Contact,
  ContactInput,
  Customer,
  CustomerDetail,
  CustomerInput,
  CustomerSummary,
  SalesOrder,
  SalesOrderAction,
  SalesOrderInput,
  SalesOrderStatus,
  SalesOrderSummary,
  Site,
  SiteInput,
  SupplySource,
} from './salesTypes';
import type { ItemList } from './types';

export interface SalesOrderFilters {
  status?: SalesOrderStatus | null;
  /** Customer code or id. */
  customer?: string | null;
}

const enc = encodeURIComponent;

/** Orders, customers and promises move together: one prefix refreshes the whole section. */
export const salesQueryKeys = {
  all: ['sales'] as const,
  customers: ['sales', 'customers'] as const,
  customer: (key: string) => ['sales', 'customer', key] as const,
  orders: (filters: SalesOrderFilters) => ['sales', 'orders', compactQuery(filters)] as const,
  order: (key: string) => ['sales', 'order', key] as const,
  sources: ['sales', 'sources'] as const,
};

export function fetchCustomers(signal?: AbortSignal) {
  return api.get<ItemList<CustomerSummary>>('/customers', undefined, signal);
}

export function fetchCustomer(key: string, signal?: AbortSignal) {
  return api.get<CustomerDetail>(`/customers/${enc(key)}`, undefined, signal);
}

export function createCustomer(input: CustomerInput) {
  return api.post<Customer>('/customers', input);
}

export function createSite(customer: string, input: SiteInput) {
  return api.post<Site>(`/customers/${enc(customer)}/sites`, input);
}

export function createContact(customer: string, input: ContactInput) {
  return api.post<Contact>(`/customers/${enc(customer)}/contacts`, input);
}

export function fetchSalesOrders(filters: SalesOrderFilters, signal?: AbortSignal) {
  return api.get<ItemList<SalesOrderSummary>>('/sales-orders', { ...filters }, signal);
}

export function fetchSalesOrder(key: string, signal?: AbortSignal) {
  return api.get<SalesOrder>(`/sales-orders/${enc(key)}`, undefined, signal);
}

/** Entered as a draft; confirming it puts it in the book the promise runs over. */
export function createSalesOrder(input: SalesOrderInput) {
  return api.post<SalesOrder>('/sales-orders', input);
}

export function salesOrderAction(key: string, action: SalesOrderAction) {
  return api.post<SalesOrder>(`/sales-orders/${enc(key)}/${action}`, {});
}

export function fetchSupplySources(signal?: AbortSignal) {
  return api.get<ItemList<SupplySource>>('/supply-sources', undefined, signal);
}

export function useCustomers() {
  return useQuery({
    queryKey: salesQueryKeys.customers,
    queryFn: ({ signal }) => fetchCustomers(signal),
  });
}

/** One customer with its sites and contacts; idle while `key` is null. */
export function useCustomer(key: string | null) {
  return useQuery({
    queryKey: salesQueryKeys.customer(key ?? ''),
    queryFn: ({ signal }) => fetchCustomer(key!, signal),
    enabled: key !== null,
  });
}

export function useSalesOrders(filters: SalesOrderFilters) {
  return useQuery({
    queryKey: salesQueryKeys.orders(filters),
    queryFn: ({ signal }) => fetchSalesOrders(filters, signal),
    placeholderData: keepPreviousData,
  });
}

/** One order with its lines; idle while `enabled` is false (nothing picked yet). */
export function useSalesOrder(key: string, enabled = true) {
  return useQuery({
    queryKey: salesQueryKeys.order(key),
    queryFn: ({ signal }) => fetchSalesOrder(key, signal),
    enabled,
  });
}

export function useSupplySources() {
  return useQuery({
    queryKey: salesQueryKeys.sources,
    queryFn: ({ signal }) => fetchSupplySources(signal),
    staleTime: 60_000,
  });
}

const refreshSales = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: salesQueryKeys.all });

export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCustomer,
    onSuccess: () => refreshSales(queryClient),
  });
}

export function useCreateSite(customer: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SiteInput) => createSite(customer, input),
    onSuccess: () => refreshSales(queryClient),
  });
}

export function useCreateContact(customer: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactInput) => createContact(customer, input),
    onSuccess: () => refreshSales(queryClient),
  });
}

export function useCreateSalesOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSalesOrder,
    onSuccess: () => refreshSales(queryClient),
  });
}

/** Confirm or cancel; the order's promise changes with it, so everything in sales refreshes. */
export function useSalesOrderAction(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: SalesOrderAction) => salesOrderAction(key, action),
    onSuccess: (order) => {
      queryClient.setQueryData(salesQueryKeys.order(key), order);
      return refreshSales(queryClient);
    },
  });
}
