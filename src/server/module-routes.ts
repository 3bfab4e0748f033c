// The modules' one door into server/: the descriptor with its HTTP routes, and what a module's route plugin receives.
//
// Why a door: core/ never imports fastify (the engine, the worker and the scripts run without an HTTP server), so the
// descriptor's `routes`, a Fastify plugin, cannot be typed there. It is typed here, on top of core's fastify-free
// ModuleParts. The layer check lets a module import this file and no other file of server/, and only its types
// (`import type`): no server code runs inside a module, and the rest of server/ can change behind this file.
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../core/context.js';
import type { ModuleParts } from '../core/module.js';
// Brings Fastify's `request.auth` and `config: { public, roles }` to every program that sees a module's routes.
export type { RouteAccess } from './route-config.js';

/** Options every module route plugin receives. Routes declare `config: { roles }`; the server enforces them. */
export interface ModuleRouteOptions {
  readonly ctx: AppContext;
}

/** A module's route plugin: `export const leadRoutes: ModuleRoutes = async (app, { ctx }) => { … }`. */
export type ModuleRoutes = FastifyPluginAsync<ModuleRouteOptions>;

/** A product module: its engine parts (core/module.ts) and its HTTP routes. modules/registry.ts lists them. */
export interface ModuleDescriptor extends ModuleParts {
  /** Registered under the server's root; paths start with /api/, except public ones marked `config: { public: true }` (a tracking link). */
  readonly routes?: ModuleRoutes;
}
