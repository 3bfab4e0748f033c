// The SMTP connector: server, login and sender address per workspace, the email sender, and a login test.
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { loadProviderSettings, providerNotConfigured, settingText, type ConnectorDescriptor } from '../../core/connector.js';
import type { DeliverySender } from '../../core/deliveries/send-job.js';
import { providerFailure } from '../../core/http/index.js';
import type { Executor } from '../../db/database.js';
import { createSmtpSender, type SmtpSenderOptions } from './client.js';

/** What an `smtp` delivery carries; other fields (the module's own) are ignored. */
export const smtpPayloadSchema = z.object({
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  headers: z.record(z.string(), z.string()).optional(),
});

export const smtpConnector: ConnectorDescriptor = {
  provider: 'smtp',
  title: 'SMTP (email)',
  fields: z.object({
    host: z.string().trim().min(1).max(255).optional(),
    port: z.number().int().min(1).max(65_535).optional().describe('Default 465 when secure, else 587.'),
    secure: z.boolean().optional().describe('Implicit TLS (port 465); STARTTLS is used anyway when offered.'),
    user: z.string().trim().min(1).max(255).optional(),
    from: z.string().trim().min(3).max(255).optional().describe('From header and envelope sender, e.g. `Shop <hello@shop.test>`.'),
  }),
  secretFields: ['password'],
  defaults: () => ({ secure: false }),
  sender: smtpSender,
  async test(ctx, workspaceId) {
    const smtp = await smtpOptionsFor(ctx, ctx.db, workspaceId);
    const mailer = createSmtpSender({ ...smtp, timeouts: { connectionMs: 5_000, greetingMs: 5_000, socketMs: 10_000 } });
    try {
      const result = await mailer.verify();
      if (!result.ok) throw providerFailure('The SMTP server', result.error, 'the user name and password');
    } finally {
      mailer.close();
    }
    return { message: `The SMTP server ${smtp.host}:${smtp.port} accepted the connection${smtp.user ? ' and the login' : ''}` };
  },
};

/** The workspace's SMTP server and sender; a missing host or sender address is named. */
export async function smtpOptionsFor(ctx: Pick<AppContext, 'secrets' | 'readCache' | 'config'>, db: Executor, workspaceId: string): Promise<SmtpSenderOptions & { port: number }> {
  const settings = await loadProviderSettings(ctx, db, workspaceId, smtpConnector);
  const host = settingText(settings, 'host');
  if (!host) throw providerNotConfigured('smtp', 'The SMTP host', 'host');
  const from = settingText(settings, 'from');
  if (!from) throw providerNotConfigured('smtp', 'The sender address', 'from');
  const secure = settings.data['secure'] === true;
  const port = typeof settings.data['port'] === 'number' ? settings.data['port'] : secure ? 465 : 587;
  const user = settingText(settings, 'user');
  const password = settings.secrets['password'];
  return { host, port, secure, ...(user && password ? { user, password } : {}), from };
}

/** Sends one email; a permanent refusal (550) is thrown as a non-retryable `rejected` ProviderError. */
function smtpSender(ctx: AppContext): DeliverySender {
  return async (delivery, jc) => {
    const p = smtpPayloadSchema.parse(JSON.parse(delivery.payload));
    const mailer = createSmtpSender(await smtpOptionsFor(ctx, jc.db, delivery.workspace_id));
    try {
      const result = await mailer.send({ to: p.to, subject: p.subject, text: p.text, html: p.html, ...(p.headers ? { headers: p.headers } : {}) });
      if (!result.ok) throw result.error;
      return { response: { message_id: result.value.messageId, response: result.value.response }, providerRef: result.value.messageId };
    } finally {
      mailer.close();
    }
  };
}
