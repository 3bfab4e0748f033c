// The dashboard's module registry: one line per product module, like the server's (src/modules/registry.ts). The core
// reads modules only through this list.
import { crmLifecycle } from './crm-lifecycle';
import { pharmacy } from './pharmacy';
import { scalevLeads } from './scalev-leads';
import { waAssistant } from './wa-assistant';
import type { WebModule } from './web-module';

export const WEB_MODULES: readonly WebModule[] = [scalevLeads, crmLifecycle, waAssistant, pharmacy];
