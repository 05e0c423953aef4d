// Prisma 7 configuration, used by the ordinary Prisma CLI where it can reach its engines.
// The project's own commands (pnpm db:migrate, db:migration:create) do not need it: they drive the
// WebAssembly schema engine through a driver adapter (packages/db/src/migrate.ts).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/oryndau' },
});
