// Preloaded into the server that bench/soak.ts measures (node --expose-gc --import this file):
// on SIGUSR2 it runs a full garbage collection and appends one JSON line to KAISETSU_HEAP_PROBE
// with what is still alive (heapUsed, external, arrayBuffers) and the resident set right after.
// Resident memory alone cannot tell a leak from a heap that V8 has not collected yet, nor from
// pages malloc keeps for reuse; the live heap after a full collection can. With
// KAISETSU_HEAP_SNAPSHOT_DIR set, each probe also writes a heap snapshot there, to compare two
// of them in Chrome's DevTools (Memory, "Comparison"). Plain JavaScript: it runs before any loader.
import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import v8 from 'node:v8';

const log = process.env.KAISETSU_HEAP_PROBE;
const snapshots = process.env.KAISETSU_HEAP_SNAPSHOT_DIR;
if (log && typeof globalThis.gc === 'function') {
  let probes = 0;
  process.on('SIGUSR2', async () => {
    // Twice, a turn apart: the first collection runs finalizers and clears weak references
    // whose targets the second one then frees.
    globalThis.gc();
    await nextTurn();
    globalThis.gc();
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    const line = { probe: ++probes, at: Date.now(), rss, heapUsed, heapTotal, external, arrayBuffers };
    if (snapshots) v8.writeHeapSnapshot(path.join(snapshots, `soak-${process.pid}-${probes}.heapsnapshot`));
    fs.appendFileSync(log, `${JSON.stringify(line)}\n`);
  });
}
