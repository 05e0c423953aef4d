import { createDatabase } from '@oryndau/db';
import { replayChain } from '../src/usecases/assignment-audit.ts';
const db = await createDatabase({ kind: 'postgres', url: 'postgresql://postgres@127.0.0.1:5432/oryndau_bench_1' });
const t = performance.now();
const r = await replayChain(db.prisma, process.argv[2]!);
console.log(r.checked, r.failed.length, ((performance.now() - t) / 1000).toFixed(1), 's');
await db.close();
