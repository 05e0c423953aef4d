// The state systems the API talks to, chosen by configuration (README.md beside this file):
//   ORYNDAU_STATE_SYSTEMS=sandbox (the default): the sandbox of sandbox.ts, backed by the table SandboxStateRecord;
//   ORYNDAU_STATE_SYSTEMS=gateway: the real integration — plug it in at `gatewayStateSystems` below.
import type { PrismaClient } from '@oryndau/db';
import { sandboxStateSystems } from './sandbox.ts';
import type { StateSystems } from './types.ts';

export * from './types.ts';
export { sandboxStateSystems } from './sandbox.ts';

export function stateSystemsFromEnv(env: NodeJS.ProcessEnv, prisma: PrismaClient, now?: () => Date): StateSystems {
  const mode = env.ORYNDAU_STATE_SYSTEMS ?? 'sandbox';
  if (mode === 'sandbox') {
    if (env.NODE_ENV === 'production') console.warn('[oryndau] ORYNDAU_STATE_SYSTEMS=sandbox in production: state-system answers come from the SandboxStateRecord table.');
    return sandboxStateSystems(prisma, { now });
  }
  if (mode === 'gateway') return gatewayStateSystems(env);
  throw new Error(`ORYNDAU_STATE_SYSTEMS must be "sandbox" or "gateway", got "${mode}".`);
}

/**
 * The place of the real gateway: implement every interface of types.ts against the e-government integration bus
 * (ShEP) with the settings ORYNDAU_SHEP_URL, ORYNDAU_SHEP_CLIENT_CERT, ORYNDAU_SHEP_TIMEOUT_MS, mapping a transport
 * timeout to `{ ok: false, error: 'TIMEOUT' }` and a refused connection or 5xx to `{ ok: false, error: 'UNAVAILABLE' }`.
 * Until an implementation exists, asking for it refuses to start rather than pretending.
 */
export function gatewayStateSystems(env: NodeJS.ProcessEnv): StateSystems {
  throw new Error(`ORYNDAU_STATE_SYSTEMS=gateway: no gateway implementation is installed (ORYNDAU_SHEP_URL=${env.ORYNDAU_SHEP_URL ?? 'unset'}); see apps/api/src/state-systems/README.md.`);
}
