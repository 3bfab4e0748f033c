#!/usr/bin/env node
// Entry for `npx leadcycle` and `npm start`: registers tsx so the TypeScript sources run without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
