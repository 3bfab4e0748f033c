// What a product module adds to the dashboard, read by the app frame, the menu, the dashboard and the settings page
// (hand-written core). A module is added by writing its folder and one line in registry.ts.
import type { ParseKeys } from 'i18next';
import type { ComponentType, ReactNode } from 'react';
import type { Delivery } from '../api/types';
import type { ModuleChangeKind } from '../components/live';
import type { ModuleCopies } from '../i18n/module-copy';
import type { Permission } from '../session/permissions';

/** A key of the dashboard's copy (the core's or any module's). */
export type CopyKey = ParseKeys;

/** A page of the module, at its own path. */
export interface ModuleScreen {
  /** A path pattern such as `/leads/:id`; `:name` parts are passed to `render`. */
  readonly path: string;
  /** Who may open it; everyone signed in when left out. */
  readonly permission?: Permission;
  render(params: Readonly<Record<string, string>>): ReactNode;
}

/** A link in the menu. */
export interface MenuEntry {
  readonly path: string;
  readonly label: CopyKey;
  /** Neighbouring entries with the same group are listed together under this heading (the CRM's three pages). */
  readonly group?: CopyKey;
  /** Shown only to these roles (the screen's permission). */
  readonly permission?: Permission;
}

/** How the deliveries screen shows the deliveries this module owns (whose `module` is its name). */
export interface ModuleDeliveries {
  /** The page of the record a delivery is about (a lead's), when the module has one. */
  subjectPath?(delivery: Delivery): string | undefined;
  /**
   * A hook the deliveries screen calls once per render, for every active module in registry order: names for the
   * targets it shows (a Mailketing list id becomes the list's name); undefined keeps the target as it is.
   */
  useTargetNames?(): (target: string) => string | undefined;
}

/** The module's own step of the Get started checklist (GET /api/setup names it; the module words it and links it). */
export interface ModuleSetupCopy {
  /** "Add your first product list entry". */
  readonly firstRecord: CopyKey;
  /** Where the person does it. */
  readonly firstRecordPath: string;
}

export interface WebModule {
  /** The server module's name (ModuleDescriptor.name): the module is active when GET /api/auth/me lists it. */
  readonly name: string;
  /** The module's name for people: the heading of its dashboard card. */
  readonly title: CopyKey;
  /** One sentence on what it does, under its dashboard card's heading. */
  readonly description: CopyKey;
  /** Its copy in English and Bahasa Indonesia, merged into i18next at start (its keys: i18n/copy.ts). */
  readonly copy: ModuleCopies;
  readonly screens: readonly ModuleScreen[];
  /** In the order they appear, after the dashboard and before the core's own pages. */
  readonly menu: readonly MenuEntry[];
  /** Its card on the dashboard: a summary that links to its screens. Keep it to a request or two. */
  readonly dashboardCard?: ComponentType;
  /** Its part of the settings page (owners and admins): its providers' keys, tests and webhook URLs. */
  readonly settingsSection?: ComponentType;
  /** Its words and links for the Get started checklist on the dashboard. */
  readonly setup?: ModuleSetupCopy;
  /** Change kinds of GET /api/live its screens listen to besides the core's (its server part's live signals). */
  readonly liveKinds?: readonly ModuleChangeKind[];
  readonly deliveries?: ModuleDeliveries;
}
