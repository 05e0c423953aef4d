// G2: what every writer of an application's stage shares: the role its actor acted in. (The stored spelling of a
// stage kind, for hand-written SQL, is `stageLabel` of @oryndau/db.)
import type { Role } from '@oryndau/db';
import type { Viewer } from '../auth/viewer.ts';

/**
 * The role in which `viewer` acts when a stage is written (G2 shows the recipient the role, not the person):
 * the first of `expected` (the roles the use case admits, most specific first) that the viewer holds, else
 * the role of their first grant; null when the platform acts (no viewer: the scheduler, a seed).
 */
export function actingRole(viewer: Pick<Viewer, 'grants'> | null | undefined, expected: readonly Role[]): Role | null {
  if (!viewer) return null;
  for (const role of expected) if (viewer.grants.some((g) => g.role === role)) return role;
  return viewer.grants[0]?.role ?? null;
}
