// The Fastify-additions check on a throw-away repository: a `declare module 'fastify'` outside src/server/ is reported
// with file and line; the same block in server/, other module augmentations and mere mentions are not.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findFastifyAdditions } from './check-fastify-additions.js';
import { runCheck, throwawayRepositories } from './throwaway-repository.js';

const SCRIPT = fileURLToPath(new URL('./check-fastify-additions.ts', import.meta.url));
const { repository, removeAll } = throwawayRepositories('fastify-additions');

afterEach(removeAll);

const ADDITION = (pkg: string) => `// Adds to a request.\nexport type Auth = { id: string };\ndeclare module '${pkg}' {\n  interface FastifyRequest { who: Auth }\n}\n`;

describe('check-fastify-additions', () => {
  it('reports additions to any fastify package outside src/server/, and nothing else', () => {
    const root = repository({
      'src/core/auth/types.ts': ADDITION('fastify'),
      'src/modules/shop/routes/orders.ts': ADDITION('@fastify/multipart'),
      'src/connectors/x/index.ts': ADDITION('fastify-type-provider-zod'),
      'src/server/route-config.ts': ADDITION('fastify'),
      'src/modules/shop/jobs.ts': "declare module '../../core/jobs/types.js' {\n  interface JobPayloads { 'shop.x': { id: string } }\n}\n// declare module 'fastify' in a comment is only a mention.\n",
    });
    expect(findFastifyAdditions(root).map((o) => `${o.file}:${o.line}`)).toEqual([
      'src/connectors/x/index.ts:3',
      'src/core/auth/types.ts:3',
      'src/modules/shop/routes/orders.ts:3',
    ]);
  });

  it('exits 1 and prints file:line for an offending repository, 0 for a clean one', () => {
    const run = (root: string) => runCheck(SCRIPT, root);
    const bad = run(repository({ 'src/core/module.ts': ADDITION('fastify') }));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('src/core/module.ts:3: adds to the types of fastify; only src/server/ may');
    const clean = run(repository({ 'src/server/route-config.ts': ADDITION('fastify') }));
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
  });
});
