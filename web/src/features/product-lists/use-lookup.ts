// Provider look-ups for the product list form (ScaleV stores, products, sales people; Mailketing lists).
import { api } from '../../api/client';
import type { Items, MailketingList, Product, SalesPerson, Store } from '../../api/types';
import { useApi } from '../../api/use-api';
import type { ComboOption } from '../../components/combobox';

const none = <T,>(): Promise<Items<T>> => Promise.resolve({ items: [] });

export function useStores(search: string) {
  return useApi(() => api.get<Items<Store>>('/api/scalev/stores', { search: search.trim() }), [search]);
}

export function useProducts(storeId: string, search: string) {
  return useApi(
    () => (storeId ? api.get<Items<Product>>(`/api/scalev/stores/${encodeURIComponent(storeId)}/products`, { search: search.trim() }) : none<Product>()),
    [storeId, search],
  );
}

export function useSalesPeople(storeId: string) {
  return useApi(() => (storeId ? api.get<Items<SalesPerson>>(`/api/scalev/stores/${encodeURIComponent(storeId)}/sales-people`) : none<SalesPerson>()), [storeId]);
}

export function useMailketingLists() {
  return useApi(() => api.get<Items<MailketingList>>('/api/mailketing/lists'), []);
}

/** The loaded options plus the current choice, so an entry being edited shows its names before (or without) a load. */
export function withCurrent(options: ComboOption[], current: ComboOption | undefined): ComboOption[] {
  if (!current || !current.value || options.some((o) => o.value === current.value)) return options;
  return [current, ...options];
}
