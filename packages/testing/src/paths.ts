import { fileURLToPath } from 'node:url';
import path from 'node:path';
import os from 'node:os';

/** The repository root (this file is packages/testing/src/paths.ts). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** An app of the repository (a folder of apps/). */
export type AppName = 'portal' | 'chamber' | 'oversight' | 'desk' | (string & {});

/** The folder of an app: `appDir('portal')` → <repo>/apps/portal. */
export function appDir(app: AppName): string {
  return path.join(repoRoot, 'apps', app);
}

/** A path for an artifact (screenshot, trace) in the OS temp dir, unique per call. */
export function artifactPath(name: string, extension = 'png'): string {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-');
  return path.join(os.tmpdir(), `oryndau-${safe}-${Date.now()}-${process.pid}.${extension}`);
}
