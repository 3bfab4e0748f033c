// Settings the server sizes itself by: calls in flight per provider (a bad value names its variable) and connections per address.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, providerMaxInFlight } from './config.js';

describe('provider calls in flight', () => {
  it('uses PROVIDER_MAX_IN_FLIGHT for every provider unless PROVIDER_MAX_IN_FLIGHT_<NAME> names it', () => {
    const config = loadConfig({ PROVIDER_MAX_IN_FLIGHT: '24', PROVIDER_MAX_IN_FLIGHT_MAILKETING: '40', PROVIDER_MAX_IN_FLIGHT_BENCH_SINK: '3' });
    expect(providerMaxInFlight(config, 'mailketing')).toBe(40);
    expect(providerMaxInFlight(config, 'bench-sink')).toBe(3);
    expect(providerMaxInFlight(config, 'twilio')).toBe(24);
    expect(providerMaxInFlight(loadConfig({}), 'mailketing')).toBe(16);
    // A WhatsApp reply is four WAHA calls: the default counts replies.
    expect(providerMaxInFlight(loadConfig({}), 'waha')).toBe(64);
    expect(providerMaxInFlight(config, 'waha')).toBe(96);
    expect(providerMaxInFlight(loadConfig({ PROVIDER_MAX_IN_FLIGHT_WAHA: '10' }), 'waha')).toBe(10);
    expect(loadConfig({}).worker.concurrency).toBe(256);
    // A turn holds its slot while the model answers: PostgreSQL, which does not make the server's one core the
    // queue, gets twice the slots; a setting wins on either.
    expect(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/leadcycle' }).worker.concurrency).toBe(512);
    expect(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/leadcycle', WORKER_CONCURRENCY: '64' }).worker.concurrency).toBe(64);
  });

  it('refuses a per-provider limit that is not a positive whole number, naming the variable', () => {
    expect(() => loadConfig({ PROVIDER_MAX_IN_FLIGHT_TWILIO: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ PROVIDER_MAX_IN_FLIGHT_TWILIO: 'many' })).toThrow(/PROVIDER_MAX_IN_FLIGHT_TWILIO/);
  });
});

describe('connections from one address', () => {
  it('caps one address at a quarter of all connections by default, so a provider bursting webhooks is not cut off', () => {
    expect(loadConfig({}).http.maxConnectionsPerAddress).toBe(500);
    expect(loadConfig({ MAX_CONNECTIONS: '4000' }).http.maxConnectionsPerAddress).toBe(1000);
    expect(loadConfig({ MAX_CONNECTIONS_PER_ADDRESS: '40' }).http.maxConnectionsPerAddress).toBe(40);
    // Behind a proxy every connection is the proxy's.
    expect(loadConfig({ TRUST_PROXY: 'true' }).http.maxConnectionsPerAddress).toBe(0);
  });
});
