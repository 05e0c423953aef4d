// @oryndau/db/embedded: what main.ts asks before it loads the API's modules (Node's own modules only): where the
// embedded database lives, whether it is new, and the child process that makes it (embedded-prepare.ts).
export { embeddedDataDirFromEnv, precompilePglite, isNewEmbeddedFolder, prepareEmbeddedInChild, repoRoot, type PreparedFolder, type Preparing, type PrepareRequest } from './embedded-prepare.ts';
