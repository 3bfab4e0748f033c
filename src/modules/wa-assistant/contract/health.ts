// Wire shape of GET /api/whatsapp/health: whether the WhatsApp session can really talk to customers.
import { z } from 'zod';

export const HEALTH_PROBLEMS = ['not_working', 'sends_failing', 'no_inbound'] as const;

export const whatsappHealthSchema = z
  .object({
    session: z.string().describe('The WAHA session replies go out on.'),
    status: z.string().nullable().describe('Its last known WAHA status (WORKING, STARTING, SCAN_QR_CODE, STOPPED, FAILED…); null before any report.'),
    status_at: z.number().nullable().describe('When that status was reported (UTC epoch ms).'),
    healthy: z.boolean().describe('false: "connected but dead", replies wait in the queue.'),
    problem: z.enum(HEALTH_PROBLEMS).nullable().describe('not_working: the session is not WORKING; sends_failing: WORKING but the last sends failed; no_inbound: no customer message for silence_alert_after_ms during business hours.'),
    failing_sends: z.number().int().describe('Sends that failed since the last one WAHA accepted.'),
    last_inbound_at: z.number().nullable(),
    waiting_replies: z.number().int().describe('Messages queued for WhatsApp, waiting to go out.'),
  })
  .meta({ id: 'WhatsappHealth' });
