// Preloaded into every process of a benchmark build, next to count-content-reads.mjs: each process
// keeps its CPU time so far (user + system, microseconds) in KAISETSU_BENCH_CPU_DIR/<pid>,
// rewritten every half second and once more on exit. bash's `times` only adds up children that
// were waited for, and it missed Next's static-generation workers once there were two of them
// (49 s of CPU reported for a 314 s build that kept both cores busy); those workers are killed at
// the end rather than exiting, so an exit hook alone misses them too. A killed process loses at
// most its last half second.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.KAISETSU_BENCH_CPU_DIR;
if (dir) {
  const file = path.join(dir, String(process.pid));
  const record = () => {
    const { user, system } = process.cpuUsage();
    // Written aside and renamed, so a reader never sees a half-written number.
    fs.writeFileSync(`${file}.tmp`, String(user + system));
    fs.renameSync(`${file}.tmp`, file);
  };
  setInterval(record, 500).unref();
  process.on('exit', record);
}
