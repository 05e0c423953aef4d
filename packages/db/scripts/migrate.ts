// pnpm db:migrate: applies pending migrations to DATABASE_URL, or to the embedded database when it is not set.
import { createAdapterFactory, targetFromEnv } from '../src/client.ts';
import { applyMigrations } from '../src/migrate.ts';

const target = targetFromEnv();
const { factory, close } = await createAdapterFactory(target);
try {
  const applied = await applyMigrations(factory);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} finally {
  await close();
}
