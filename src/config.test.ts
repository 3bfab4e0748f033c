// Settings for calls in flight: one limit for every provider, overridden per provider; a bad value names its variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, providerMaxInFlight } from './config.js';

describe('provider calls in flight', () => {
  it('uses PROVIDER_MAX_IN_FLIGHT for every provider unless PROVIDER_MAX_IN_FLIGHT_<NAME> names it', () => {
    const config = loadConfig({ PROVIDER_MAX_IN_FLIGHT: '24', PROVIDER_MAX_IN_FLIGHT_MAILKETING: '40', PROVIDER_MAX_IN_FLIGHT_BENCH_SINK: '3' });
    expect(providerMaxInFlight(config, 'mailketing')).toBe(40);
    expect(providerMaxInFlight(config, 'bench-sink')).toBe(3);
    expect(providerMaxInFlight(config, 'twilio')).toBe(24);
    expect(providerMaxInFlight(loadConfig({}), 'waha')).toBe(16);
    expect(loadConfig({}).worker.concurrency).toBe(64);
  });

  it('refuses a per-provider limit that is not a positive whole number, naming the variable', () => {
    expect(() => loadConfig({ PROVIDER_MAX_IN_FLIGHT_TWILIO: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ PROVIDER_MAX_IN_FLIGHT_TWILIO: 'many' })).toThrow(/PROVIDER_MAX_IN_FLIGHT_TWILIO/);
  });
});
