// Distinct, signed ScaleV-style order webhooks (`order.created` with the fields a real one carries, ~1.3 KB each).
import { createHmac, randomBytes } from 'node:crypto';
import { BENCH_SECRET } from './bench-module.js';

const runTag = randomBytes(3).toString('hex');
let sequence = 0;

export interface SignedOrder {
  readonly uniqueId: string;
  readonly body: string;
  readonly headers: Record<string, string>;
}

/** The next order: its own unique_id, order id and buyer phone, signed like ScaleV (base64 HMAC-SHA256 of the bytes). */
export function nextOrder(): SignedOrder {
  const n = ++sequence;
  const uniqueId = `event_${runTag}${String(n).padStart(18, '0')}`;
  const orderId = `2611${runTag.toUpperCase()}${String(n).padStart(8, '0')}`;
  const now = new Date().toISOString();
  const body = JSON.stringify({
    event: 'order.created',
    unique_id: uniqueId,
    timestamp: now.replace('Z', '000Z'),
    data: {
      order_id: orderId,
      secret_slug: `s${runTag}${n}`,
      status: 'pending',
      payment_status: 'unpaid',
      payment_method: 'bank_transfer',
      business: { username: 'benchshop', client_id: '0190d1c2-7f3e-7a00-9c1b-2f6d3e4a5b6c' },
      store: { name: 'Bench Store' },
      final_variants: { 'Paket Hemat - 2 pcs': 1 },
      total_quantity: 1,
      gross_revenue: '150123.00',
      net_revenue: '135123.00',
      product_price: '135000.00',
      shipping_cost: '15000.00',
      unique_code_discount: '0.00',
      customer_id: 100000 + n,
      destination_address: {
        name: `Pembeli ${n}`,
        phone: `62812${String(n % 100_000_000).padStart(8, '0')}`,
        email: `buyer${runTag}${n}@example.com`,
        address: 'Jl. Melati No. 12',
        subdistrict: 'Menteng',
        city: 'Jakarta Pusat',
        province: 'DKI Jakarta',
        postal_code: '10310',
        notes: null,
      },
      orderlines: [{ product_name: 'Paket Hemat', variant_name: '2 pcs', sku: 'PH-2', quantity: 1, product_price: '135000.00' }],
      notes: '',
      tags: [],
      created_at: now,
      last_updated_at: now,
    },
  });
  const signature = createHmac('sha256', BENCH_SECRET).update(body).digest('base64');
  return {
    uniqueId,
    body,
    headers: { 'content-type': 'application/json', 'x-scalev-hmac-sha256': signature },
  };
}
