// A tiny connector and module for core tests: a `scalev` webhook source using the real ScaleV verifier with secrets
// from a map, and a module subscribed to it whose handler records the event.
import { z } from 'zod';
import { parse as parseScalev, verify as verifyScalev } from '../../src/connectors/scalev/index.js';
import type { ConnectorDescriptor } from '../../src/core/connector.js';
import type { ModuleDescriptor } from '../../src/server/module-routes.js';

export const TEST_SECRET = 'sv_test_signing_secret';

/** Secrets by workspace id; a workspace missing here has no secret configured. */
export function testConnector(secrets: Map<string, string>): ConnectorDescriptor {
  return {
    provider: 'scalev',
    title: 'ScaleV (test)',
    fields: z.object({}),
    secretFields: [],
    webhooks: () => [
      {
        name: 'scalev',
        provider: 'scalev',
        keepHeaders: ['content-type', 'x-scalev-app-id'],
        secret: async (workspaceId) => secrets.get(workspaceId),
        verify: verifyScalev,
        parse: parseScalev,
      },
    ],
  };
}

export function testModule(seen: string[] = []): ModuleDescriptor {
  return {
    name: 'test',
    eventHandlers: () => ({
      scalev: async (event) => {
        seen.push(event.provider_event_id);
        return event.type === 'business.test_event' ? { status: 'skipped', outcome: 'handshake' } : { status: 'processed', outcome: `handled ${event.type}` };
      },
    }),
  };
}
