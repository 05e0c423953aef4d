// Figures of the read benchmark: percentiles, one-decimal formatting, and a process's CPU time from /proc.
import fs from 'node:fs';

export const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
export const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
export const TICK_MS = 10;
export function cpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}

/** `clients` concurrent loops of `run` for `seconds`: requests/s and sorted latencies in ms. */
export async function closedLoop(clients: number, seconds: number, run: (client: number) => Promise<unknown>) {
  const end = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_x, c) => {
      while (performance.now() < end) {
        const t = performance.now();
        await run(c);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const s = (performance.now() - t0) / 1000;
  return { rps: latencies.length / s, latencies: latencies.sort((a, b) => a - b) };
}

