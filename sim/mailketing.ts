// Mailketing simulator: the v1 form-encoded API (viewlist, addsubtolist, ceksaldo) with lists and subscribers tests can inspect.
import { startSimServer, type SimRequest, type SimResponse, type SimServer } from './base.js';

// Written from Mailketing's API pages and third-party clients only. Almost every response shape there is OBS or
// ASSUMED (the official docs could not be read); each choice below says which.

export interface MailketingSimList {
  listId: number;
  listName: string;
}

export interface MailketingSimSubscriber {
  /** As sent; duplicates are detected case-insensitively. */
  email: string;
  /** Every form field sent with the first add, except api_token (first_name, mobile, city, …). */
  fields: Readonly<Record<string, string>>;
  /** How many successful addsubtolist calls named this email for this list; retries make it grow. */
  adds: number;
  addedAt: number;
}

export interface MailketingSimState {
  lists: MailketingSimList[];
  /** Subscribers per list id. */
  subscribers: Map<number, MailketingSimSubscriber[]>;
  credits: number;
  /**
   * OBS: one client saw an HTML page instead of JSON for an invalid token. Off by default, where a bad token gets
   * the JSON failure `{status: "failed", response, message}`.
   */
  invalidTokenAsHtml: boolean;
}

export interface MailketingSim extends SimServer {
  readonly apiToken: string;
  /** The base URL a client should use: the sim's url plus `/api/v1`. */
  readonly apiBaseUrl: string;
  readonly state: MailketingSimState;
  subscribers(listId: number | string): readonly MailketingSimSubscriber[];
  addList(name: string): MailketingSimList;
}

const SEED_LISTS: MailketingSimList[] = [
  { listId: 42898, listName: 'Follow Up - Madu Hutan Sumbawa' },
  { listId: 42899, listName: 'Closing - Madu Hutan Sumbawa' },
  { listId: 43010, listName: 'Not Closing - Madu Hutan Sumbawa' },
  { listId: 43011, listName: 'Follow Up - Sedekah Jariyah' },
  { listId: 43012, listName: 'Closing - Sedekah Jariyah' },
];

const INVALID_TOKEN = 'Access Denied, Invalid Token';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function startMailketingSim(options: { apiToken?: string; port?: number } = {}): Promise<MailketingSim> {
  const apiToken = options.apiToken ?? 'mk_test_7f1c0a9e3b5d4c2a8e6f';
  const state: MailketingSimState = {
    lists: SEED_LISTS.map((list) => ({ ...list })),
    subscribers: new Map(),
    // ASSUMED value: clients only look for a number in `credits`.
    credits: 12_500,
    invalidTokenAsHtml: false,
  };

  /** Every action is a POST whose form carries api_token; a refusal is HTTP 200 with status "failed" (OBS). */
  const action = (handler: (form: Record<string, string>) => SimResponse) => async (req: SimRequest): Promise<SimResponse> => {
    const form = await readForm(req);
    if (form['api_token'] !== apiToken) {
      if (state.invalidTokenAsHtml) {
        return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, text: '<html><body><h1>Access Denied</h1></body></html>' };
      }
      return failed(INVALID_TOKEN);
    }
    return handler(form);
  };

  const routes = [
    {
      method: 'POST' as const,
      path: '/api/v1/viewlist',
      handler: action((form) => {
        // ASSUMED: an optional list_id narrows the answer to that list (one client passes it; effect undocumented).
        const wanted = form['list_id'];
        const lists = wanted === undefined || wanted === '' ? state.lists : state.lists.filter((l) => String(l.listId) === wanted.trim());
        if (lists.length === 0) return failed('List Not Found');
        // OBS: list_id is an integer on the wire.
        return { status: 200, json: { status: 'success', lists: lists.map((l) => ({ list_id: l.listId, list_name: l.listName })) } };
      }),
    },
    {
      method: 'POST' as const,
      path: '/api/v1/addsubtolist',
      handler: action((form) => {
        const list = state.lists.find((l) => String(l.listId) === (form['list_id'] ?? '').trim());
        // ASSUMED reasons and order of checks (undocumented).
        if (list === undefined) return failed('List Not Found');
        const email = (form['email'] ?? '').trim();
        if (email === '') return failed('Email is required');
        if (!EMAIL.test(email)) return failed('Email is not valid');
        const members = state.subscribers.get(list.listId) ?? [];
        state.subscribers.set(list.listId, members);
        const existing = members.find((s) => s.email.toLowerCase() === email.toLowerCase());
        if (existing !== undefined) {
          // ASSUMED: a duplicate keeps one subscriber and still answers success.
          existing.adds += 1;
        } else {
          const fields = Object.fromEntries(Object.entries(form).filter(([name]) => name !== 'api_token'));
          members.push({ email, fields, adds: 1, addedAt: Date.now() });
        }
        // ASSUMED success body (not documented; clients only check status).
        return { status: 200, json: { status: 'success', response: 'Success Add Subscriber', message: 'Success Add Subscriber' } };
      }),
    },
    {
      method: 'POST' as const,
      path: '/api/v1/ceksaldo',
      handler: action(() => ({ status: 200, json: { status: 'success', credits: state.credits } })),
    },
  ];
  const server = await startSimServer({ name: 'mailketing', routes, ...(options.port === undefined ? {} : { port: options.port }) });

  return {
    ...server,
    apiToken,
    apiBaseUrl: `${server.url}/api/v1`,
    state,
    subscribers: (listId) => state.subscribers.get(Number(listId)) ?? [],
    addList: (name) => {
      const list = { listId: Math.max(0, ...state.lists.map((l) => l.listId)) + 1, listName: name };
      state.lists.push(list);
      return list;
    },
  };
}

/** ASSUMED: both `response` and `message` carry the reason, so either kind of client parser works. */
function failed(reason: string): SimResponse {
  return { status: 200, json: { status: 'failed', response: reason, message: reason } };
}

/** OBS: clients send urlencoded forms, some multipart; both are accepted. */
async function readForm(req: SimRequest): Promise<Record<string, string>> {
  const type = req.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) return req.form();
  const parsed = await new Response(req.rawBody, { headers: { 'content-type': type } }).formData();
  const out: Record<string, string> = {};
  parsed.forEach((value, name) => {
    if (typeof value === 'string') out[name] = value;
  });
  return out;
}
