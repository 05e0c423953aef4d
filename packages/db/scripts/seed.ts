// pnpm db:seed: migrates the database (DATABASE_URL, or the embedded PGlite database when it is not set) and
// seeds the demo data set. Running it again changes nothing.
import { createDatabase, targetFromEnv } from '../src/client.ts';
import { applyMigrations } from '../src/migrate.ts';
import { seedDemo } from '../src/seed/demo.ts';

const target = targetFromEnv();
const db = await createDatabase(target);
try {
  const applied = await applyMigrations(db.adapterFactory);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  const summary = await seedDemo(db.prisma);
  const where = target.kind === 'postgres' ? new URL(target.url).pathname.slice(1) : `PGlite ${target.dataDir ?? '(in memory)'}`;
  console.log(summary.created ? `Seeded the demo data into ${where} in ${summary.ms} ms.` : `Demo data already present in ${where}: nothing written.`);
  console.table(summary.counts);
  console.log('Demo logins:');
  for (const l of summary.logins) console.log(`  ${l.login.padEnd(22)} ${l.role.padEnd(20)} ${l.description}`);
} finally {
  await db.close();
}
// the WebAssembly migration engine leaves a timer behind that would keep the process alive for 10 s
process.exit(0);
