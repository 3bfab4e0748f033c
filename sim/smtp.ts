// SMTP sink: a real SMTP server (smtp-server) on 127.0.0.1 that records every accepted message and can refuse the next one.
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import type { AddressInfo } from 'node:net';

// No TLS: tests talk plain SMTP on loopback, so STARTTLS is not offered and AUTH is allowed without it.

export type SmtpSinkStage = 'connect' | 'auth' | 'mail' | 'rcpt' | 'data';

export interface SmtpSinkMessage {
  /** The sink's queue id, also in the 250 reply (`OK: queued as <id>`). */
  id: string;
  /** Envelope MAIL FROM; empty for a null sender (`<>`). */
  from: string;
  /** Envelope RCPT TO addresses, in order. */
  to: string[];
  /** The authenticated user, if the client logged in. */
  user: string | undefined;
  /** The message exactly as received after DATA (dot-unstuffed), CRLF line ends. */
  raw: string;
  /** Top-level headers, names lower-case, folded lines joined; a repeated header keeps every value, joined by ", ". */
  headers: Readonly<Record<string, string>>;
  /** Subject with MIME encoded-words decoded. */
  subject: string | undefined;
  /** The first text/plain part that is not an attachment, transfer-decoded. */
  text: string | undefined;
  /** The first text/html part that is not an attachment, transfer-decoded. */
  html: string | undefined;
  /** Epoch ms. */
  receivedAt: number;
}

export interface SmtpSinkAuthAttempt {
  method: string;
  username: string | undefined;
  accepted: boolean;
}

export interface SmtpSinkOptions {
  port?: number;
  /** With user and password set, AUTH is required and must match (else 535); without, AUTH is optional and any login passes. */
  user?: string;
  password?: string;
}

export interface SmtpSink {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** Every accepted message, oldest first. The array is live. */
  readonly messages: readonly SmtpSinkMessage[];
  readonly authAttempts: readonly SmtpSinkAuthAttempt[];
  /**
   * Answers the next command of `stage` (default: the end of DATA) with `code message` instead of accepting it, e.g.
   * 451 (temporary) or 550 (permanent). Calls queue up, each used once.
   */
  rejectNext(code: number, message: string, stage?: SmtpSinkStage): void;
  clear(): void;
  /** Stops listening and ends open sessions. */
  close(): Promise<void>;
}

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: SmtpSinkMessage[] = [];
  const authAttempts: SmtpSinkAuthAttempt[] = [];
  const rejections: Array<{ stage: SmtpSinkStage; code: number; message: string }> = [];
  const requireAuth = options.user !== undefined && options.password !== undefined;
  let nextId = 0;

  const takeRejection = (stage: SmtpSinkStage): Error | undefined => {
    const index = rejections.findIndex((r) => r.stage === stage);
    const found = rejections[index];
    if (found === undefined) return undefined;
    rejections.splice(index, 1);
    return Object.assign(new Error(found.message), { responseCode: found.code });
  };

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authMethods: ['PLAIN', 'LOGIN'],
    authOptional: !requireAuth,
    allowInsecureAuth: true,
    disableReverseLookup: true,
    logger: false,
    // Short, so close() does not wait 30 s for a client that keeps its session open.
    closeTimeout: 200,
    onConnect: (_session, callback) => callback(takeRejection('connect') ?? null),
    onAuth: (auth, _session, callback) => {
      const rejection = takeRejection('auth');
      const accepted = rejection === undefined && (!requireAuth || (auth.username === options.user && auth.password === options.password));
      authAttempts.push({ method: auth.method, username: auth.username, accepted });
      if (rejection !== undefined) return callback(rejection);
      if (!accepted) return callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
      return callback(null, { user: auth.username });
    },
    onMailFrom: (_address, _session, callback) => callback(takeRejection('mail') ?? null),
    onRcptTo: (_address, _session, callback) => callback(takeRejection('rcpt') ?? null),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const rejection = takeRejection('data');
        if (rejection !== undefined) return callback(rejection);
        nextId += 1;
        const id = `sink${String(nextId).padStart(6, '0')}`;
        messages.push(record(id, Buffer.concat(chunks).toString('utf8'), session));
        return callback(null, `OK: queued as ${id}`);
      });
    },
  });
  // A client that hangs up mid-session makes the server emit 'error'; without a listener that would crash the test run.
  server.on('error', () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    host: '127.0.0.1',
    port,
    messages,
    authAttempts,
    rejectNext: (code, message, stage = 'data') => {
      rejections.push({ stage, code, message });
    },
    clear: () => {
      messages.length = 0;
      authAttempts.length = 0;
      rejections.length = 0;
    },
    close: () => {
      closing ??= new Promise<void>((resolve) => server.close(() => resolve()));
      return closing;
    },
  };
}

function record(id: string, raw: string, session: SMTPServerSession): SmtpSinkMessage {
  const parsed = parseMessage(raw);
  const mailFrom = session.envelope.mailFrom;
  return {
    id,
    from: mailFrom === false ? '' : mailFrom.address,
    to: session.envelope.rcptTo.map((r) => r.address),
    user: typeof session.user === 'string' ? session.user : undefined,
    raw,
    headers: parsed.headers,
    subject: parsed.headers['subject'] === undefined ? undefined : decodeWords(parsed.headers['subject']),
    text: parsed.text,
    html: parsed.html,
    receivedAt: Date.now(),
  };
}

// ---------------------------------------------------------------- a minimal MIME reader, good enough for tests
//
// It reads what nodemailer writes: headers (folded, encoded-words), single-part or nested multipart bodies, 7bit /
// 8bit / quoted-printable / base64 transfer encodings, and charsets TextDecoder knows. It is not a general parser:
// no RFC 2231 parameter continuations, no uuencode, no S/MIME.

interface Part {
  headers: Record<string, string>;
  body: string;
}

export function parseMessage(raw: string): { headers: Record<string, string>; text: string | undefined; html: string | undefined } {
  const top = splitPart(raw);
  const found: { text: string | undefined; html: string | undefined } = { text: undefined, html: undefined };
  walk(top, found, 0);
  return { headers: top.headers, ...found };
}

function walk(part: Part, found: { text: string | undefined; html: string | undefined }, depth: number): void {
  const { type, params } = contentType(part.headers['content-type']);
  if (type.startsWith('multipart/') && params['boundary'] !== undefined && depth < 10) {
    for (const child of splitMultipart(part.body, params['boundary'])) walk(splitPart(child), found, depth + 1);
    return;
  }
  if (/^\s*attachment/i.test(part.headers['content-disposition'] ?? '')) return;
  if (type === 'text/plain' && found.text === undefined) found.text = decodeBody(part, params['charset']);
  if (type === 'text/html' && found.html === undefined) found.html = decodeBody(part, params['charset']);
}

function splitPart(raw: string): Part {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match === null ? raw : raw.slice(0, match.index);
  const body = match === null ? '' : raw.slice(match.index + match[0].length);
  const headers: Record<string, string> = {};
  // RFC 5322 unfolding: a line break followed by whitespace continues the previous header.
  for (const line of head.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return { headers, body };
}

function splitMultipart(body: string, boundary: string): string[] {
  const parts: string[] = [];
  const lines = body.split(/\r?\n/);
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.trimEnd() === `--${boundary}--`) break;
    if (line.trimEnd() === `--${boundary}`) {
      if (current !== undefined) parts.push(current.join('\r\n'));
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (current !== undefined) parts.push(current.join('\r\n'));
  return parts;
}

function contentType(value: string | undefined): { type: string; params: Record<string, string> } {
  const [type = 'text/plain', ...rest] = (value ?? 'text/plain').split(';');
  const params: Record<string, string> = {};
  for (const item of rest) {
    const eq = item.indexOf('=');
    if (eq === -1) continue;
    params[item.slice(0, eq).trim().toLowerCase()] = item.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return { type: type.trim().toLowerCase(), params };
}

function decodeBody(part: Part, charset: string | undefined): string {
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').trim().toLowerCase();
  let bytes: Buffer;
  if (encoding === 'base64') bytes = Buffer.from(part.body.replace(/\s+/g, ''), 'base64');
  else if (encoding === 'quoted-printable') bytes = decodeQuotedPrintable(part.body);
  else return part.body.replace(/\r?\n$/, '');
  return decodeText(bytes, charset);
}

function decodeQuotedPrintable(text: string): Buffer {
  const unwrapped = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unwrapped.length; i += 1) {
    const char = unwrapped[i] ?? '';
    const hexPair = unwrapped.slice(i + 1, i + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hexPair)) {
      bytes.push(parseInt(hexPair, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(char, 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function decodeText(bytes: Buffer, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

/** RFC 2047 encoded-words (`=?utf-8?Q?…?=`, `=?utf-8?B?…?=`); whitespace between two adjacent words is dropped. */
export function decodeWords(value: string): string {
  const word = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  return value.replace(/(\?=)\s+(?==\?)/g, '$1').replace(word, (_match, charset: string, kind: string, text: string) => {
    const bytes = kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : decodeQuotedPrintable(text.replace(/_/g, ' '));
    return decodeText(bytes, charset.replace(/\*.*$/, ''));
  });
}
