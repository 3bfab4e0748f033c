// The roles a person may hand out: only an owner can make another owner (the API refuses it otherwise).
import type { TFunction } from 'i18next';
import { ROLES, type Role } from '../../api/types';

export function roleOptions(t: TFunction, myRole: Role): Array<{ value: Role; label: string }> {
  return ROLES.filter((r) => r !== 'owner' || myRole === 'owner').map((r) => ({ value: r, label: `${t(`roles.${r}`)} — ${t(`team.roleHelp.${r}`)}` }));
}
