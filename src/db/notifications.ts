// PostgreSQL LISTEN on a dedicated connection, so worker processes hear new jobs at commit instead of polling.
import type pg from 'pg';

export interface Listener {
  close(): Promise<void>;
}

/** Calls onNotify for each NOTIFY on channel. Reconnects after a dropped connection, at most once a second. */
export async function listenForNotifications(url: string, channel: string, onNotify: () => void): Promise<Listener> {
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    // Loaded here, not at the top: only a server on PostgreSQL listens (db/connect.ts says why).
    const { Client } = (await import('pg')).default;
    const c = new Client({ connectionString: url });
    c.on('notification', onNotify);
    c.on('error', () => {
      if (closed) return;
      client = undefined;
      c.end().catch(() => undefined);
      retry = setTimeout(() => void connect().catch(() => undefined), 1000);
    });
    await c.connect();
    await c.query(`LISTEN ${channel}`);
    if (closed) {
      await c.end();
      return;
    }
    client = c;
    // Anything enqueued while we were disconnected is picked up by the next poll; wake once to be sure.
    onNotify();
  };

  await connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
