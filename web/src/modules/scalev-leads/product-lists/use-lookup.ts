// Provider look-ups for the product list form (ScaleV stores, products, sales people; Mailketing lists).
import { api } from '../../../api/client';
import type { MailketingLists, Products, SalesPeople, Stores } from '../api-types';
import { useApi } from '../../../api/use-api';
import type { ComboOption } from '../../../components/combobox';

/** No store picked yet: nothing to look up. */
const none = <T,>(): Promise<{ items: T[]; next_cursor: null }> => Promise.resolve({ items: [], next_cursor: null });

export function useStores(search: string) {
  return useApi(() => api.get<Stores>('/api/scalev/stores', { search: search.trim() }), [search]);
}

export function useProducts(storeId: string, search: string) {
  return useApi(
    () => (storeId ? api.get<Products>(`/api/scalev/stores/${encodeURIComponent(storeId)}/products`, { search: search.trim() }) : none<Products['items'][number]>()),
    [storeId, search],
  );
}

export function useSalesPeople(storeId: string) {
  return useApi(() => (storeId ? api.get<SalesPeople>(`/api/scalev/stores/${encodeURIComponent(storeId)}/sales-people`) : none<SalesPeople['items'][number]>()), [storeId]);
}

export function useMailketingLists() {
  return useApi(() => api.get<MailketingLists>('/api/mailketing/lists'), []);
}

/** The loaded options plus the current choice, so an entry being edited shows its names before (or without) a load. */
export function withCurrent(options: ComboOption[], current: ComboOption | undefined): ComboOption[] {
  if (!current || !current.value || options.some((o) => o.value === current.value)) return options;
  return [current, ...options];
}
