import { useWorkforceRoles } from '../../api/plant';

/** The name of a workforce role by its code; the code itself until the roles have loaded. */
export function useRoleNames(): (code: string) => string {
  const roles = useWorkforceRoles();
  const names = new Map((roles.data ?? []).map((role) => [role.code, role.name]));
  return (code) => names.get(code) ?? code;
}
