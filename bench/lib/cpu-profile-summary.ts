// Sums a V8 .cpuprofile (Profiler.stop's format, what bench/lib/cpu-profile-on-signal.cjs and
// `node --cpu-prof` write) into self and total time per function and per module. Self time is the
// time a function was on top of the stack; total time is the time it was anywhere on the stack,
// each sample counted once per function even when it recurses.

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Row {
  name: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  /** Profiled wall time, ms. */
  wallMs: number;
  /** Time in samples that were not idle, ms. */
  busyMs: number;
  functions: Row[];
  modules: Row[];
}

/** `…/node_modules/next/dist/server/base-server.js` → `next/dist/server/base-server.js`. */
export function moduleOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const inPackage = url.lastIndexOf('/node_modules/');
  if (inPackage >= 0) return url.slice(inPackage + '/node_modules/'.length);
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\//, '');
}

function functionKey(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)';
  return frame.url ? `${name} ${moduleOf(frame.url, name)}:${frame.lineNumber + 1}` : name;
}

const IDLE = new Set(['(idle)', '(program)']);

export function summarizeProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = { functions: new Map<string, number>(), modules: new Map<string, number>() };
  const total = { functions: new Map<string, number>(), modules: new Map<string, number>() };
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  let busyUs = 0;
  profile.samples.forEach((id, index) => {
    // timeDeltas[i] is the time before sample i; the time a sample stands for is the next delta.
    const us = profile.timeDeltas[index + 1] ?? 0;
    const top = byId.get(id);
    if (!top || us <= 0) return;
    if (IDLE.has(top.callFrame.functionName)) return;
    busyUs += us;
    add(self.functions, functionKey(top.callFrame), us);
    add(self.modules, moduleOf(top.callFrame.url, top.callFrame.functionName), us);
    const seenFunctions = new Set<string>();
    const seenModules = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = (byId.get(at) as ProfileNode).callFrame;
      const key = functionKey(frame);
      const file = moduleOf(frame.url, frame.functionName);
      if (!seenFunctions.has(key)) add(total.functions, key, us);
      if (!seenModules.has(file)) add(total.modules, file, us);
      seenFunctions.add(key);
      seenModules.add(file);
    }
  });
  const rows = (selfMap: Map<string, number>, totalMap: Map<string, number>): Row[] =>
    [...totalMap.entries()]
      .map(([name, totalUs]) => ({ name, selfMs: (selfMap.get(name) ?? 0) / 1000, totalMs: totalUs / 1000 }))
      .sort((a, b) => b.selfMs - a.selfMs);
  return {
    wallMs: (profile.endTime - profile.startTime) / 1000,
    busyMs: busyUs / 1000,
    functions: rows(self.functions, total.functions),
    modules: rows(self.modules, total.modules),
  };
}
