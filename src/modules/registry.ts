// The module registry: one line per product module. The only file server/ and main.ts read from modules/.
import type { ModuleDescriptor } from '../server/module-routes.js';
import { crmLifecycleModule } from './crm-lifecycle/index.js';
import { pharmacyModule } from './pharmacy/index.js';
import { scalevLeadsModule } from './scalev-leads/index.js';
import { waAssistantModule } from './wa-assistant/index.js';

export const modules: readonly ModuleDescriptor[] = [scalevLeadsModule, crmLifecycleModule, waAssistantModule, pharmacyModule];
