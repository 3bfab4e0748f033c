// Prefixed, time-sortable ids (lead_01J…, evt_01J…) so that a stray id in a log says what it is.
import { monotonicFactory } from 'ulid';

/** Every id prefix in use. Modules add theirs here in the same style. */
export type IdPrefix =
  | 'ws'
  | 'usr'
  | 'tok'
  | 'evt'
  | 'rej'
  | 'dlv'
  | 'stg'
  | 'con'
  | 'aud'
  | 'upl'
  | 'wrk'
  | (string & {});

const nextUlid = monotonicFactory();

export function newId(prefix: IdPrefix, now: number = Date.now()): string {
  return `${prefix}_${nextUlid(now).toLowerCase()}`;
}
