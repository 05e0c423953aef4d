import type { ChildProcess } from 'node:child_process';

// Children still running when the test process exits (a crash, a timeout) are killed with it.
const live = new Set<ChildProcess>();
let hooked = false;

export function killOnExit(child: ChildProcess): () => void {
  if (!hooked) {
    hooked = true;
    process.once('exit', () => {
      for (const c of live) c.kill('SIGKILL');
    });
  }
  live.add(child);
  child.once('exit', () => live.delete(child));
  return () => live.delete(child);
}
