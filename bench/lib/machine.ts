// What the run measured on: the machine, its load, and the versions of the tools that measured.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function machine(root: string) {
  const cpus = os.cpus();
  const version = (file: string) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    next: version(path.join(root, 'node_modules', 'next', 'package.json')),
    autocannon: version(path.join(root, 'node_modules', 'autocannon', 'package.json')),
    lighthouse: version(path.join(root, 'node_modules', 'lighthouse', 'package.json')),
    loadAverageAtStart: os.loadavg().map((value) => Math.round(value * 10) / 10),
  };
}
