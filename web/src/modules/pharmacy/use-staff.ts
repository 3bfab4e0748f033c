// The workspace's staff, and which of them the signed-in person is (the staff member linked to their user).
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useSignedIn } from '../../session/session';
import type { Staff, StaffList } from './api-types';

export function useStaff(includeInactive = false) {
  return useApi(() => api.get<StaffList>('/api/customers/staff', { include_inactive: includeInactive ? 'true' : undefined }), [includeInactive]);
}

/** The staff member whose user_id is the signed-in person's, if any. */
export function useMyStaff(staff: readonly Staff[] | undefined): Staff | undefined {
  const { me } = useSignedIn();
  const userId = me.user?.id;
  return userId ? staff?.find((s) => s.user_id === userId) : undefined;
}
