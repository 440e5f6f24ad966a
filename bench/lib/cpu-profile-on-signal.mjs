// Preloaded into a server (`node --import` or NODE_OPTIONS) when KAISETSU_CPU_PROFILE_DIR is set:
// the first SIGUSR2 starts V8's sampling profiler, the next one stops it and writes
// <dir>/<pid>-<n>.cpuprofile (renamed into place, so a reader never sees half a file). A profile of
// the steady state only, after a warm-up: `node --cpu-prof` profiles the whole life of the process,
// and start-up (compiling, Next preloading every page's module) drowned the per-request part in it.
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';

const dir = process.env.KAISETSU_CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  let running = false;
  let count = 0;
  const post = (method, params) =>
    new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
  process.on('SIGUSR2', () => {
    if (!running) {
      running = true;
      // 100 µs between samples: a request costs a few milliseconds, so each is sampled many times.
      post('Profiler.enable')
        .then(() => post('Profiler.setSamplingInterval', { interval: 100 }))
        .then(() => post('Profiler.start'))
        .catch((error) => console.error('cpu-profile-on-signal: start failed', error));
      return;
    }
    running = false;
    post('Profiler.stop')
      .then(({ profile }) => {
        const file = path.join(dir, `${process.pid}-${++count}.cpuprofile`);
        fs.writeFileSync(`${file}.tmp`, JSON.stringify(profile));
        fs.renameSync(`${file}.tmp`, file);
      })
      .catch((error) => console.error('cpu-profile-on-signal: stop failed', error));
  });
}
