// A tiny module for core tests: one webhook source using the real ScaleV verifier, whose handler records the event.
import { parse as parseScalev, verify as verifyScalev } from '../../src/connectors/scalev/index.js';
import type { ModuleDescriptor } from '../../src/core/module.js';

export const TEST_SECRET = 'sv_test_signing_secret';

/** Secrets by workspace id; a workspace missing here has no secret configured. */
export function testModule(secrets: Map<string, string>, seen: string[] = []): ModuleDescriptor {
  return {
    name: 'test',
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
    eventHandlers: () => ({
      scalev: async (event) => {
        seen.push(event.provider_event_id);
        return event.type === 'business.test_event' ? { status: 'skipped', outcome: 'handshake' } : { status: 'processed', outcome: `handled ${event.type}` };
      },
    }),
  };
}
