// Runs the real SMTP sender (nodemailer) against the SMTP sink: recorded messages, 4xx/5xx replies, auth, connection failures.
import { createServer, type Server, type Socket } from 'node:net';
import { createTransport } from 'nodemailer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../../sim/smtp.js';
import { createSmtpSender, smtpReplyCode, type SmtpSender } from './index.js';
import { failure, value } from '../../../test/helpers/results.js';

const USER = 'mailer@tokoberkah.test';
const PASSWORD = 'smtp-pass-8c1f2e';

let sink: SmtpSink;
let sender: SmtpSender;

beforeAll(async () => {
  sink = await startSmtpSink({ user: USER, password: PASSWORD });
  sender = createSmtpSender({ host: sink.host, port: sink.port, user: USER, password: PASSWORD, from: 'Toko Berkah Herbal <halo@tokoberkah.test>' });
});

afterEach(() => {
  sink.clear();
});

afterAll(async () => {
  sender.close();
  await sink.close();
});


const message = {
  to: 'siti.rahmawati@contoh.co.id',
  subject: 'Pesanan Anda sudah dikirim — terima kasih, Siti!',
  html: '<p>Halo Siti, pesanan <b>260504KXQMRT</b> sudah dikirim via JNE. Ongkir Rp20.000 · Estimasi 2–3 hari.</p>',
  text: 'Halo Siti, pesanan 260504KXQMRT sudah dikirim via JNE. Ongkir Rp20.000 · Estimasi 2–3 hari.',
  headers: {
    'List-Unsubscribe': '<https://app.example.test/unsubscribe/ctc_01J2ZK8Q4W7R5M3N6P9T1V2X4Y?token=5f0c2e7a9b1d3f4e6a8c0b2d4f6e8a0c>, <mailto:unsubscribe@tokoberkah.test>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
};

describe('smtp sender: happy path', () => {
  it('delivers a message the sink records with envelope, subject, html, text and List-Unsubscribe', async () => {
    const sent = value(await sender.send(message));
    expect(sent.messageId).toMatch(/^<.+@.+>$/);
    expect(sent.response).toMatch(/^250 OK: queued as sink\d+$/);
    expect(sent.rejected).toEqual([]);

    expect(sink.messages).toHaveLength(1);
    const received = sink.messages[0];
    expect(received).toMatchObject({
      from: 'halo@tokoberkah.test',
      to: ['siti.rahmawati@contoh.co.id'],
      user: USER,
      subject: message.subject,
      html: message.html,
      text: message.text,
    });
    expect(received?.headers['list-unsubscribe']).toBe(message.headers['List-Unsubscribe']);
    expect(received?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(received?.headers['message-id']).toBe(sent.messageId);
    expect(received?.headers['from']).toBe('Toko Berkah Herbal <halo@tokoberkah.test>');
    expect(received?.raw).toContain('\r\n');
    expect(sink.authAttempts).toEqual([{ method: 'PLAIN', username: USER, accepted: true }]);
  });

  it('sends to several recipients in one envelope', async () => {
    value(await sender.send({ ...message, to: ['a@contoh.co.id', 'b@contoh.co.id'] }));
    expect(sink.messages[0]?.to).toEqual(['a@contoh.co.id', 'b@contoh.co.id']);
  });
});

describe('smtp sink', () => {
  it('takes AUTH LOGIN as well as PLAIN, and queues rejections per stage', async () => {
    const login = createTransport({ host: sink.host, port: sink.port, auth: { user: USER, pass: PASSWORD }, authMethod: 'LOGIN', logger: false });
    await login.sendMail({ from: 'a@tokoberkah.test', to: 'b@contoh.co.id', subject: 'Halo', text: 'plain only' });
    expect(sink.authAttempts).toEqual([{ method: 'LOGIN', username: USER, accepted: true }]);
    expect(sink.messages[0]).toMatchObject({ subject: 'Halo', text: 'plain only', html: undefined });

    sink.rejectNext(452, 'Too many recipients', 'rcpt');
    sink.rejectNext(554, 'No thanks', 'mail');
    await expect(login.sendMail({ from: 'a@tokoberkah.test', to: 'b@contoh.co.id', subject: 'x', text: 'x' })).rejects.toMatchObject({ responseCode: 554 });
    await expect(login.sendMail({ from: 'a@tokoberkah.test', to: 'b@contoh.co.id', subject: 'x', text: 'x' })).rejects.toMatchObject({ responseCode: 452 });
    await login.sendMail({ from: 'a@tokoberkah.test', to: 'b@contoh.co.id', subject: 'x', text: 'x' });
    expect(sink.messages).toHaveLength(2);
  });
});

describe('smtp sender: failures', () => {
  it('451 at the end of DATA is retryable and keeps the reply', async () => {
    sink.rejectNext(451, 'Temporary local problem, try again later');
    const error = failure(await sender.send(message));
    expect(error).toMatchObject({ kind: 'server', retryable: true, method: 'SMTP', status: undefined });
    expect(smtpReplyCode(error)).toBe(451);
    expect(error.responseBody).toContain('try again later');
    expect(sink.messages).toHaveLength(0);

    value(await sender.send(message));
    expect(sink.messages).toHaveLength(1);
  });

  it('550 for a recipient is a permanent, non-retryable rejection', async () => {
    sink.rejectNext(550, 'Mailbox unavailable', 'rcpt');
    const rcpt = failure(await sender.send(message));
    expect(rcpt).toMatchObject({ kind: 'rejected', retryable: false });
    expect(smtpReplyCode(rcpt)).toBe(550);

    sink.rejectNext(550, 'Message rejected as spam');
    const data = failure(await sender.send(message));
    expect(data).toMatchObject({ kind: 'rejected', retryable: false });
    expect(smtpReplyCode(data)).toBe(550);
  });

  it('a wrong password is an auth failure (535) that never shows the password', async () => {
    const wrong = createSmtpSender({ host: sink.host, port: sink.port, user: USER, password: 'not-the-password', from: 'halo@tokoberkah.test' });
    const error = failure(await wrong.send(message));
    expect(error).toMatchObject({ kind: 'auth', retryable: false });
    expect(smtpReplyCode(error)).toBe(535);
    for (const text of [error.message, error.responseBody ?? '', error.url, JSON.stringify(error)]) {
      expect(text).not.toContain('not-the-password');
    }
    expect(sink.authAttempts).toEqual([{ method: 'PLAIN', username: USER, accepted: false }]);
    expect(sink.messages).toHaveLength(0);
  });

  it('no credentials where the sink requires them is an auth failure (530)', async () => {
    const anonymous = createSmtpSender({ host: sink.host, port: sink.port, from: 'halo@tokoberkah.test' });
    const error = failure(await anonymous.send(message));
    expect(error).toMatchObject({ kind: 'auth', retryable: false });
    expect(smtpReplyCode(error)).toBe(530);
  });

  it('a 421 greeting and a refused connection are retryable', async () => {
    sink.rejectNext(421, 'Too many connections, slow down', 'connect');
    const greeting = failure(await sender.send(message));
    expect(greeting).toMatchObject({ kind: 'server', retryable: true });
    expect(smtpReplyCode(greeting)).toBe(421);

    const closed = await freePort();
    const refused = createSmtpSender({ host: '127.0.0.1', port: closed, user: USER, password: PASSWORD, from: 'halo@tokoberkah.test' });
    const error = failure(await refused.send(message));
    expect(error).toMatchObject({ kind: 'network', retryable: true, url: `smtp://127.0.0.1:${closed}` });
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('a server that never greets times out, retryably, within the configured bound', async () => {
    const silent = await silentServer();
    try {
      const slow = createSmtpSender({ host: '127.0.0.1', port: silent.port, from: 'halo@tokoberkah.test', timeouts: { greetingMs: 200 } });
      const before = Date.now();
      const error = failure(await slow.send(message));
      expect(error).toMatchObject({ kind: 'timeout', retryable: true });
      expect(Date.now() - before).toBeLessThan(5_000);
    } finally {
      await silent.close();
    }
  });

  it('refuses half-configured credentials at construction', () => {
    expect(() => createSmtpSender({ host: '127.0.0.1', port: 25, user: USER, from: 'x@y.test' })).toThrow(/both user and password/);
  });
});

/** A port with nothing listening: bound, read, released. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

/** Accepts TCP connections and never says a word, like a stuck mail server. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address !== null ? address.port : 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
