import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@oryndau/client';

/** Every role of the schema, in the order the UI lists them. */
export const ROLES = [
  'APPLICANT',
  'JUSTICE_OFFICER',
  'STATE_BAILIFF',
  'COMMISSION_MEMBER',
  'LICENSING_OFFICER',
  'CHAMBER_OFFICIAL',
  'PRIVATE_BAILIFF',
  'MINISTRY_INSPECTOR',
  'QUALITY_INSPECTOR',
  'MINISTRY_ADMIN',
  // legal assistance (issue 12, area: legal)
  'COURT_OFFICER',
  'JUDICIAL_DEPARTMENT_OFFICER',
] as const satisfies readonly Role[];

// Fails to compile when the schema gains a role this list lacks.
type MissingRoles = Exclude<Role, (typeof ROLES)[number]>;
const _everyRoleListed: [MissingRoles] extends [never] ? true : MissingRoles = true;
void _everyRoleListed;

/** The translated name of a role. */
export function useRoleLabel(): (role: string) => string {
  const { t } = useTranslation();
  return useCallback((role: string) => t(`role.${role}`, { defaultValue: role }), [t]);
}

export function hasAnyRole(grants: readonly { role: string }[], accepted: readonly string[]): boolean {
  return grants.some((grant) => accepted.includes(grant.role));
}
