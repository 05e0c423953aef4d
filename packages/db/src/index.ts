export * from './client.ts';
export * from './migrate.ts';
export { Prisma, PrismaClient } from './generated/prisma/client.ts';
export type * from './generated/prisma/client.ts';
export * from './generated/prisma/enums.ts';
export { getDatamodel } from './generated/pothos-types.ts';
export type { default as PrismaTypes } from './generated/pothos-types.ts';
export * from './data-migrations.ts';
// patterns: stage kinds in hand-written SQL
export { stageLabel, BACKFILL_STAGE_ACTOR_ROLES } from './stage-kind.ts';
export { saveFolderTemplate, type FolderTemplate } from './pglite-template.ts'; // firststart
export { prepareDatabase, type PrepareOptions } from './prepare.ts'; // firststart
