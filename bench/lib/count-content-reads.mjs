// Preloaded into every process of a benchmark build (NODE_OPTIONS=--import …) to show how often
// the content is read: each read of a Markdown file under KAISETSU_CONTENT_DIR appends
// "<pid> <path>" to KAISETSU_BENCH_READ_LOG. The content layer reads each file once per load, so
// reads ÷ files = loads, and the pids say in which build processes. Plain JavaScript because it
// runs before any loader; it patches the `fs` module object that the build's bundled server code
// calls into (Node's built-ins stay external to the bundles).
import fs from 'node:fs';
import path from 'node:path';

const log = process.env.KAISETSU_BENCH_READ_LOG;
const root = process.env.KAISETSU_CONTENT_DIR && path.resolve(process.env.KAISETSU_CONTENT_DIR);
if (log && root) {
  const readFileSync = fs.readFileSync;
  fs.readFileSync = function countedReadFileSync(file, ...rest) {
    if (typeof file === 'string' && file.endsWith('.md') && file.startsWith(root)) {
      fs.appendFileSync(log, `${process.pid} ${file}\n`);
    }
    return readFileSync.call(this, file, ...rest);
  };
}
