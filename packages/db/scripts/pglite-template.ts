// pnpm --filter @oryndau/db pglite:template — builds the PGlite template of the current migrations when it is
// missing (src/pglite-template.ts): `npm start` runs it after installing, so that a new embedded database (a
// fresh machine, or after deleting .data/) skips the initdb and the migrations it holds.
import { ensurePgliteTemplate } from '../src/pglite-template.ts';

const r = await ensurePgliteTemplate((line) => console.log(`[oryndau] ${line}`));
if (!r.built) console.log(`[oryndau] PGlite template up to date: ${r.file}`);
