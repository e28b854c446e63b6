import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from './client';
import type {
  CreatedSubscription,
  DeliveryStatus,
  ItemList,
  Page,
  WebhookDelivery,
  WebhookSubscription,
} from './types';

export interface CreateSubscriptionInput {
  url: string;
  eventTypes: string[];
  description?: string;
}

export interface UpdateSubscriptionInput {
  url?: string;
  eventTypes?: string[];
  description?: string;
  active?: boolean;
}

export interface DeliveryFilters {
  subscriptionId?: string | null;
  status?: DeliveryStatus | null;
}

export const DELIVERIES_REFRESH_MS = 10_000;
const DELIVERIES_PAGE_SIZE = 50;

export const webhookQueryKeys = {
  subscriptions: ['webhooks', 'subscriptions'] as const,
  deliveries: ['webhooks', 'deliveries'] as const,
  deliveryList: (filters: DeliveryFilters) => ['webhooks', 'deliveries', filters] as const,
};

const subscriptionPath = (id: string) => `/webhooks/subscriptions/${encodeURIComponent(id)}`;

export function fetchSubscriptions(signal?: AbortSignal) {
  return api.get<ItemList<WebhookSubscription>>('/webhooks/subscriptions', undefined, signal);
}

export function createSubscription(input: CreateSubscriptionInput) {
  return api.post<CreatedSubscription>('/webhooks/subscriptions', input);
}

export function updateSubscription(id: string, input: UpdateSubscriptionInput) {
  return api.patch<WebhookSubscription>(subscriptionPath(id), input);
}

export function deleteSubscription(id: string) {
  return api.delete<void>(subscriptionPath(id));
}

export function sendTestEvent(id: string) {
  return api.post<{ eventId: string }>(`${subscriptionPath(id)}/test`);
}

export function fetchDeliveries(
  filters: DeliveryFilters & { limit?: number; cursor?: string | null },
  signal?: AbortSignal,
) {
  return api.get<Page<WebhookDelivery>>('/webhooks/deliveries', { ...filters }, signal);
}

export function useSubscriptions() {
  return useQuery({
    queryKey: webhookQueryKeys.subscriptions,
    queryFn: ({ signal }) => fetchSubscriptions(signal),
  });
}

export function useDeliveries(filters: DeliveryFilters) {
  return useInfiniteQuery({
    queryKey: webhookQueryKeys.deliveryList(filters),
    queryFn: ({ pageParam, signal }) =>
      fetchDeliveries({ ...filters, limit: DELIVERIES_PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
    refetchInterval: DELIVERIES_REFRESH_MS,
  });
}

function useInvalidateWebhooks() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: webhookQueryKeys.subscriptions }),
      queryClient.invalidateQueries({ queryKey: webhookQueryKeys.deliveries }),
    ]);
}

export function useCreateSubscription() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({ mutationFn: createSubscription, onSuccess: invalidate });
}

export function useUpdateSubscription() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateSubscriptionInput }) =>
      updateSubscription(id, input),
    onSuccess: invalidate,
  });
}

export function useDeleteSubscription() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({ mutationFn: deleteSubscription, onSuccess: invalidate });
}

export function useSendTestEvent() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({ mutationFn: sendTestEvent, onSuccess: invalidate });
}
