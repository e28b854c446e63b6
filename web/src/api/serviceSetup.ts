import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { serviceQueryKeys } from './service';
import type {
  FaultCode,
  FaultCodeInput,
  ServiceSettings,
  ServiceTier,
  ServiceTierInput,
  WarrantyPolicy,
  WarrantyPolicyInput,
} from './serviceTypes';
import type { ItemList } from './types';

const enc = encodeURIComponent;

/** Warranty policies per model; `*` is the default for models without their own. */
export function useWarrantyPolicies() {
  return useQuery({
    queryKey: serviceQueryKeys.policies,
    queryFn: ({ signal }) =>
      api.get<ItemList<WarrantyPolicy>>('/warranty/policies', undefined, signal),
  });
}

export function useServiceSettings() {
  return useQuery({
    queryKey: serviceQueryKeys.settings,
    queryFn: ({ signal }) => api.get<ServiceSettings>('/service/settings', undefined, signal),
  });
}

/** Policies change every machine's cover, so the whole section is refreshed after a change. */
function useServicePut<V>(put: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: put,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceQueryKeys.all }),
  });
}

export const useSetWarrantyPolicy = () =>
  useServicePut(({ model, input }: { model: string; input: WarrantyPolicyInput }) =>
    api.put<WarrantyPolicy>(`/warranty/policies/${enc(model)}`, input),
  );

export const useSetServiceTier = () =>
  useServicePut(({ code, input }: { code: string; input: ServiceTierInput }) =>
    api.put<ServiceTier>(`/service/tiers/${enc(code)}`, input),
  );

export const useSetFaultCode = () =>
  useServicePut(({ code, input }: { code: string; input: FaultCodeInput }) =>
    api.put<FaultCode>(`/service/fault-codes/${enc(code)}`, input),
  );

export const useSetServiceSetting = () =>
  useServicePut(({ key, value }: { key: string; value: string }) =>
    api.put<ServiceSettings>(`/service/settings/${enc(key)}`, { value }),
  );
