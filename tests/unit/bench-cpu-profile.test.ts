import { describe, expect, it } from 'vitest';
import { moduleOf, summarizeProfile, type CpuProfile } from '@/bench/lib/cpu-profile-summary';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

// root → handle (next) → hash (next) → hash (recursing), and root → (idle) and root → (garbage collector).
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5, 6] },
    { id: 2, callFrame: frame('handle', 'file:///app/node_modules/next/dist/server/base-server.js', 9), children: [3] },
    { id: 3, callFrame: frame('hash', 'file:///app/node_modules/next/dist/server/lib/etag.js', 29), children: [4] },
    { id: 4, callFrame: frame('hash', 'file:///app/node_modules/next/dist/server/lib/etag.js', 29) },
    { id: 5, callFrame: frame('(idle)') },
    { id: 6, callFrame: frame('(garbage collector)') },
  ],
  // The time a sample stands for is the delta that follows it.
  samples: [2, 4, 3, 5, 6, 2],
  timeDeltas: [0, 1000, 2000, 3000, 4000, 5000],
  startTime: 0,
  endTime: 20_000,
};

describe('summarizeProfile', () => {
  const summary = summarizeProfile(profile);
  const row = (rows: { name: string; selfMs: number; totalMs: number }[], prefix: string) => rows.find((candidate) => candidate.name.startsWith(prefix));

  it('adds each sample to the function on top of the stack, leaving idle time out', () => {
    expect(summary.busyMs).toBe(1 + 2 + 3 + 5);
    expect(row(summary.functions, 'hash ')).toMatchObject({ selfMs: 5 });
    expect(row(summary.functions, 'handle ')).toMatchObject({ selfMs: 1 });
    expect(row(summary.functions, '(garbage collector)')).toMatchObject({ selfMs: 5 });
    expect(row(summary.functions, '(idle)')).toBeUndefined();
  });

  it('counts a recursing function once per sample in its total time', () => {
    expect(row(summary.functions, 'hash ')?.totalMs).toBe(5);
    expect(row(summary.functions, 'handle ')?.totalMs).toBe(6);
  });

  it('groups by the file inside node_modules, with the line in the function name', () => {
    expect(row(summary.modules, 'next/dist/server/lib/etag.js')).toMatchObject({ selfMs: 5, totalMs: 5 });
    expect(row(summary.functions, 'hash ')?.name).toBe('hash next/dist/server/lib/etag.js:30');
    expect(summary.wallMs).toBe(20);
  });
});

describe('moduleOf', () => {
  it('names built-ins, files outside node_modules and native frames', () => {
    expect(moduleOf('node:internal/stream_base_commons', 'writevGeneric')).toBe('node:internal/stream_base_commons');
    expect(moduleOf('file:///work/app/.next/server/chunks/ssr/a.js', 'x')).toBe('/work/app/.next/server/chunks/ssr/a.js');
    expect(moduleOf('', 'writev')).toBe('(native)');
  });
});
