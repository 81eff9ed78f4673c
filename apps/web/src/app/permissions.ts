import { useCallback } from 'react';
import { useMe, type Role } from '../api/hooks/auth';

/**
 * What the UI lets a role do; the API enforces the same rules (DESIGN.md "Security"):
 * `mutate` = create/edit/delete business data (admin, recruiter), `admin` = settings.
 */
export type Capability = 'mutate' | 'admin';

const grants: Record<Role, readonly Capability[]> = {
  admin: ['mutate', 'admin'],
  recruiter: ['mutate'],
  viewer: [],
};

export function roleCan(role: Role | undefined, capability: Capability): boolean {
  return role ? grants[role].includes(capability) : false;
}

/** `const can = useCan(); {can('mutate') && <Button>New job</Button>}` */
export function useCan(): (capability: Capability) => boolean {
  const role = useMe().data?.role;
  return useCallback((capability: Capability) => roleCan(role, capability), [role]);
}
