import type { Role } from '../common/roles';
import type { TokenScope } from '../api-tokens';

/** Who is calling: a signed-in person (session) or a third party (API token). */
export interface Principal {
  kind: 'session' | 'token';
  /** user id for sessions, token id for tokens */
  id: string;
  label: string;
  role: Role;
  sessionId?: string;
  scopes?: TokenScope[];
}

/** Audit "who" for a principal, or the system when work runs in the background. */
export function actorOf(principal: Principal | undefined): { actorType: 'user' | 'token' | 'system'; actorId: string | null; actorLabel: string } {
  if (!principal) return { actorType: 'system', actorId: null, actorLabel: 'system' };
  return { actorType: principal.kind === 'session' ? 'user' : 'token', actorId: principal.id, actorLabel: principal.label };
}
