// Wire shape of PUT /api/jamaah/{id}: a person records what became of a preliminary pilgrim record (payment confirmed, cancelled).
import { z } from 'zod';

export const JAMAAH_STATUSES = ['preliminary', 'paid', 'cancelled'] as const;

export const jamaahParams = z.object({ id: z.string().min(1).max(100) });
export const jamaahUpdateBody = z
  .object({
    status: z.enum(JAMAAH_STATUSES).describe('paid: the agency confirmed the payment (counted as booking_to_paid in the analytics).'),
  })
  .strict()
  .meta({ id: 'JamaahUpdate' });
