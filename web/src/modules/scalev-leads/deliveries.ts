// How the deliveries screen shows this module's sends: the lead each one is about, and Mailketing list names.
import { useCallback } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useSignedIn } from '../../session/session';
import type { ModuleDeliveries } from '../web-module';
import type { MailketingLists } from './api-types';
import { LEAD_PERMISSIONS } from './permissions';

/** Mailketing's list names; roles that cannot ask Mailketing see the ids. */
function useListNames(): (target: string) => string | undefined {
  const { can } = useSignedIn();
  const allowed = can(LEAD_PERMISSIONS.editProductLists);
  const lists = useApi(() => (allowed ? api.get<MailketingLists>('/api/mailketing/lists') : Promise.resolve<MailketingLists>({ items: [] })), [allowed]);
  const items = lists.data?.items;
  return useCallback((target: string) => items?.find((l) => l.id === target)?.name, [items]);
}

export const leadDeliveries: ModuleDeliveries = {
  subjectPath: (d) => (d.subject_id?.startsWith('lead_') ? `/leads/${d.subject_id}` : undefined),
  useTargetNames: useListNames,
};
