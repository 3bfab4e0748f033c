// SMTP sender over nodemailer: one message per call; SMTP replies and connection failures become ProviderErrors.
import { createRequire } from 'node:module';
import type { NodemailerError } from 'nodemailer';
import { err, ok, type Result } from '../../core/errors.js';
import { ProviderError, type ProviderErrorKind } from '../../core/http/transport.js';

export interface SmtpSenderOptions {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (port 465). When false, STARTTLS is still used if the server offers it. */
  secure?: boolean;
  /** Both or neither: AUTH PLAIN/LOGIN credentials. */
  user?: string;
  password?: string;
  /** The From header and envelope sender, e.g. `Toko Berkah <halo@tokoberkah.test>`. */
  from: string;
  /** Overrides of the connection (10 s), greeting (10 s) and idle-socket (20 s) timeouts, in ms. */
  timeouts?: { connectionMs?: number; greetingMs?: number; socketMs?: number };
}

export interface SmtpMessage {
  to: string | readonly string[];
  subject: string;
  html: string;
  text: string;
  /** Extra headers, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post`. */
  headers?: Readonly<Record<string, string>>;
}

export interface SmtpSent {
  /** The Message-ID header we generated, `<…>`. */
  messageId: string;
  /** The server's final reply, e.g. `250 OK: queued as 1A2B3C`. */
  response: string;
  /** Recipients the server refused while accepting the others (the message went to the rest). */
  rejected: string[];
}

export interface SmtpSender {
  send(message: SmtpMessage): Promise<Result<SmtpSent, ProviderError>>;
  /** Connects, says EHLO and logs in (when credentials are set) without sending: the settings test. */
  verify(): Promise<Result<true, ProviderError>>;
  /** Releases the transport; a no-op without pooling, kept for a uniform shutdown. */
  close(): void;
}

/** nodemailer (about 12 MB) is loaded when the first SMTP sender is made, not by a server that sends no email; it is CommonJS, so require keeps this synchronous. */
const require = createRequire(import.meta.url);
const loadNodemailer = () => require('nodemailer') as typeof import('nodemailer');

const METHOD = 'SMTP';
/** Codes that mean "the connection went wrong", not "the server refused": worth another attempt. */
const CONNECTION_CODES = new Set(['ECONNECTION', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
/** 530 authentication required, 534 mechanism too weak, 535 credentials invalid. */
const AUTH_REPLIES = new Set([530, 534, 535]);

export function createSmtpSender(options: SmtpSenderOptions): SmtpSender {
  if ((options.user === undefined) !== (options.password === undefined)) {
    throw new Error('smtp: give both user and password, or neither');
  }
  const transport = loadNodemailer().createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure ?? false,
    ...(options.user === undefined || options.password === undefined ? {} : { auth: { user: options.user, pass: options.password } }),
    connectionTimeout: options.timeouts?.connectionMs ?? 10_000,
    greetingTimeout: options.timeouts?.greetingMs ?? 10_000,
    socketTimeout: options.timeouts?.socketMs ?? 20_000,
    logger: false,
    // Bodies come from templates; nothing in them may make the mailer read local files or fetch URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  // Origin only, never user info: safe for error messages and logs.
  const url = `smtp${options.secure === true ? 's' : ''}://${options.host}:${options.port}`;
  const secrets = [options.password, options.user].filter((s): s is string => s !== undefined && s.length >= 4);

  return {
    async send(message) {
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: typeof message.to === 'string' ? message.to : [...message.to],
          subject: message.subject,
          html: message.html,
          text: message.text,
          ...(message.headers === undefined ? {} : { headers: { ...message.headers } }),
        });
        return ok({ messageId: info.messageId, response: info.response, rejected: info.rejected.map(String) });
      } catch (thrown) {
        return err(toProviderError(thrown, url, secrets));
      }
    },
    async verify() {
      try {
        await transport.verify();
        return ok(true);
      } catch (thrown) {
        return err(toProviderError(thrown, url, secrets));
      }
    },
    close: () => transport.close(),
  };
}

/**
 * The SMTP reply code a failed send carried (451, 550, 535…), read from the kept reply text; undefined for failures
 * without a reply (refused connection, timeout).
 */
export function smtpReplyCode(error: ProviderError): number | undefined {
  if (error.method !== METHOD) return undefined;
  const match = /^([2-5]\d\d)[ -]/.exec(error.responseBody ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * 4xx replies and connection trouble are retryable; 5xx replies are final refusals ('rejected'), except 503 (bad
 * command sequence: a new session can succeed) and the auth replies, which are 'auth'. `status` stays unset: it means
 * an HTTP status everywhere else, so the SMTP reply lives in `responseBody` (see smtpReplyCode).
 */
function toProviderError(thrown: unknown, url: string, secrets: readonly string[]): ProviderError {
  const error = (thrown instanceof Error ? thrown : new Error(String(thrown))) as NodemailerError;
  const code = error.code;
  const reply = typeof error.responseCode === 'number' ? error.responseCode : undefined;
  const scrub = (text: string) => secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
  const responseBody = error.response === undefined ? undefined : scrub(error.response).slice(0, 2_000);
  const make = (kind: ProviderErrorKind, retryable: boolean, what: string) =>
    new ProviderError(kind, `${METHOD} ${url} ${what}`, { retryable, responseBody, method: METHOD, url, cause: error });

  if (reply !== undefined) {
    const command = error.command === undefined ? '' : ` to ${error.command.split(' ')[0] ?? ''}`;
    if (AUTH_REPLIES.has(reply) || (code === 'EAUTH' && reply >= 500)) return make('auth', false, `refused the login with ${reply}`);
    if (reply >= 400 && reply < 500) return make('server', true, `answered ${reply}${command} (temporary)`);
    if (reply === 503) return make('server', true, `answered 503${command} (bad sequence)`);
    if (reply >= 500) return make('rejected', false, `answered ${reply}${command}`);
  }
  if (code === 'EAUTH' || code === 'ENOAUTH') return make('auth', false, 'needs valid credentials');
  if (code === 'ETIMEDOUT') return make('timeout', true, `timed out (${error.timeoutType ?? 'unknown stage'})`);
  if (code !== undefined && CONNECTION_CODES.has(code)) return make('network', true, `connection failed: ${error.originalCode ?? code}`);
  if (code === 'EPROTOCOL') return make('invalid_response', false, 'answered with an unreadable reply');
  if (code === 'EENVELOPE' || code === 'EMESSAGE' || code === 'ECONFIG' || code === 'EMAXRECIPIENTS') {
    return make('rejected', false, `could not send: ${code}`);
  }
  // Unknown failures are retried: the queue's attempt limit bounds the cost of being wrong.
  return make('network', true, `failed: ${code ?? 'unknown error'}`);
}
