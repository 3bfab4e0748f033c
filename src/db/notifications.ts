// PostgreSQL LISTEN on a dedicated connection, so worker processes hear new jobs at commit instead of polling.
import pg from 'pg';

export interface Listener {
  close(): Promise<void>;
}

/** Calls onNotify for each NOTIFY on channel. Reconnects after a dropped connection, at most once a second. */
export async function listenForNotifications(url: string, channel: string, onNotify: () => void): Promise<Listener> {
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
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
