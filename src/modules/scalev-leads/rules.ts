// Pure decisions of the lead module: which product entry an order matches, and the sales-person filter.
import type { Note } from '../../core/notes.js';

/** What the module needs to know of an order, from a webhook or from the ScaleV API. */
export interface OrderFacts {
  /** ScaleV's order code (data.order_id). */
  readonly orderId: string;
  readonly orderPk?: string | undefined;
  readonly storeName?: string | undefined;
  /** When the customer ordered, epoch ms: the Not Closing delay counts from here. */
  readonly createdAt: number;
  readonly paid: boolean;
  readonly paidAt?: number | undefined;
  readonly customer: { readonly name?: string | undefined; readonly email?: string | undefined; readonly phone?: string | undefined };
  readonly handler?: { readonly email: string; readonly name?: string | undefined } | undefined;
  /** The order's value (net revenue), when ScaleV sent one. */
  readonly amount?: { readonly cents: number; readonly currency: string } | undefined;
  readonly items: readonly {
    readonly productName: string;
    readonly sku?: string | undefined;
    readonly variantUniqueId?: string | undefined;
    /** The line's value in the order's currency, cents. */
    readonly amountCents?: number | undefined;
  }[];
}

/**
 * What one lead is worth: the whole order's value when the order is that one product line (it then includes
 * order-level discounts), else the matched line's own value.
 */
export function leadAmountCents(order: Pick<OrderFacts, 'amount' | 'items'>, item: { readonly amountCents?: number | undefined }, leadsInOrder: number): number | undefined {
  if (order.items.length === 1 && leadsInOrder === 1 && order.amount) return order.amount.cents;
  return item.amountCents ?? (leadsInOrder === 1 ? order.amount?.cents : undefined);
}

/** What matching needs of a product list entry. */
export interface MatchEntry {
  readonly id: string;
  readonly storeName: string;
  readonly productName: string;
  readonly sku: string | null;
  /** Every chosen variant's SKU; an order line with any of them matches by SKU. */
  readonly skus?: readonly string[] | undefined;
  readonly variantUniqueIds: readonly string[];
  /** Lower-cased; null means every sales person. */
  readonly salesPersonEmail: string | null;
}

/** What matching needs of an ordered item. */
export interface MatchItem {
  readonly productName: string;
  /** The line's value, cents (carried through matching, not used by it). */
  readonly amountCents?: number | undefined;
  readonly sku?: string | undefined;
  readonly variantUniqueId?: string | undefined;
}

export interface MatchOrder {
  readonly storeName?: string | undefined;
  readonly items: readonly MatchItem[];
  /** The order's handler (sales person) email, if any. */
  readonly handlerEmail?: string | undefined;
}

/** The documented priority: SKU, exact product name, partial name (variants), variant unique id. */
export type MatchRule = 'sku' | 'exact_name' | 'partial_name' | 'variant_id';
const RULES: readonly MatchRule[] = ['sku', 'exact_name', 'partial_name', 'variant_id'];

export interface Matched {
  readonly entry: MatchEntry;
  readonly item: MatchItem;
  readonly rule: MatchRule;
}

export type MatchResult = { readonly ok: true; readonly matches: readonly Matched[] } | { readonly ok: false; readonly reason: string; readonly note: Note };

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

function itemMatches(rule: MatchRule, entry: MatchEntry, item: MatchItem): boolean {
  switch (rule) {
    case 'sku':
      return norm(item.sku) !== '' && [entry.sku, ...(entry.skus ?? [])].some((sku) => norm(sku) === norm(item.sku));
    case 'exact_name':
      return norm(entry.productName) !== '' && norm(entry.productName) === norm(item.productName);
    case 'partial_name':
      // "Madu Hutan Sumbawa - 500 gr" is a variant of the product "Madu Hutan Sumbawa".
      return norm(entry.productName) !== '' && norm(item.productName).includes(norm(entry.productName));
    case 'variant_id':
      return item.variantUniqueId !== undefined && item.variantUniqueId !== '' && entry.variantUniqueIds.includes(item.variantUniqueId);
  }
}

/** An entry belongs to the order's store when both names are known and equal; an unknown store name never excludes. */
const sameStore = (entry: MatchEntry, order: MatchOrder) => !order.storeName || !entry.storeName || norm(entry.storeName) === norm(order.storeName);

/**
 * Finds, for each ordered item, the entry it matches at the highest-priority rule, then applies that entry's
 * sales-person filter (case-insensitive email; no email on the entry means every sales person). Among entries
 * matched by the same rule, one for this very sales person wins over an "all sales people" one. Returns one match
 * per entry, or the reason nothing matched, worded for the webhook log.
 */
export function matchOrder(entries: readonly MatchEntry[], order: MatchOrder): MatchResult {
  const handler = norm(order.handlerEmail);
  const matches = new Map<string, Matched>();
  const mismatches: { want: string }[] = [];
  let anyProduct = false;

  for (const item of order.items) {
    for (const rule of RULES) {
      const candidates = entries.filter((e) => sameStore(e, order) && itemMatches(rule, e, item));
      if (candidates.length === 0) continue;
      anyProduct = true;
      const specific = candidates.filter((e) => e.salesPersonEmail !== null && norm(e.salesPersonEmail) === handler && handler !== '');
      const everyone = candidates.filter((e) => e.salesPersonEmail === null);
      const accepted = specific.length > 0 ? specific : everyone;
      if (accepted.length === 0) {
        for (const e of candidates) mismatches.push({ want: e.salesPersonEmail ?? '' });
      }
      for (const entry of accepted) if (!matches.has(entry.id)) matches.set(entry.id, { entry, item, rule });
      break;
    }
  }

  if (matches.size > 0) return { ok: true, matches: [...matches.values()] };
  if (!anyProduct) return { ok: false, reason: 'no product matched', note: { code: 'lead.no_product_matched' } };
  const want = [...new Set(mismatches.map((m) => m.want))].join(' or ');
  return { ok: false, reason: `sales person mismatch: got ${handler || 'no handler'}, want ${want}`, note: { code: 'lead.sales_person_mismatch', values: { got: handler, want } } };
}

/**
 * Whether the order's handler decides the match but the order does not name one: some ordered item matches (at its
 * best rule) an entry kept for one sales person. Then the order is worth fetching from ScaleV, whose API order
 * names the handler, before matching.
 */
export function needsHandler(entries: readonly MatchEntry[], order: MatchOrder): boolean {
  if (norm(order.handlerEmail) !== '') return false;
  for (const item of order.items) {
    for (const rule of RULES) {
      const candidates = entries.filter((e) => sameStore(e, order) && itemMatches(rule, e, item));
      if (candidates.length === 0) continue;
      if (candidates.some((e) => e.salesPersonEmail !== null)) return true;
      break;
    }
  }
  return false;
}

/** The Mailketing list for a stage. */
export function listForStage(entry: { mailketing_list_followup: string; mailketing_list_closing: string; mailketing_list_not_closing: string }, stage: string): string {
  if (stage === 'closing') return entry.mailketing_list_closing;
  if (stage === 'not_closing') return entry.mailketing_list_not_closing;
  return entry.mailketing_list_followup;
}

/** ScaleV's payment statuses that mean the money arrived (paid, and settled once it reached the merchant). */
export const isPaidStatus = (status: string | null | undefined) => status === 'paid' || status === 'settled';
