/**
 * Summarises V8 CPU profiles (`node --cpu-prof`, or `npm run bench -- --cpu-prof DIR`):
 *   tsx scripts/lib/profileSummary.ts FILE.cpuprofile [TOP]
 * prints the top functions by self time, the top source files / packages by self time,
 * and the project's own functions (src/, dialogs/) by inclusive time, as percentages of
 * the busy time (idle excluded).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const work = url.indexOf('/src/');
  if (work >= 0) return url.slice(work + 1);
  const scripts = url.indexOf('/scripts/');
  if (scripts >= 0) return url.slice(scripts + 1);
  const dialogs = url.indexOf('/dialogs/');
  if (dialogs >= 0) return url.slice(dialogs + 1);
  return url.replace(/^node:/, 'node:') || '(native)';
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  const top = Number(topArg ?? 30);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackOf = (id: number): ProfileNode[] => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    return stack;
  };
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const inclusive = new Map<string, number>();
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  let busy = 0;
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    busy += ms;
    const where = shortUrl(url);
    const name = `${functionName || '(anonymous)'}  ${where}:${lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    files.set(where, (files.get(where) ?? 0) + ms);
    const seen = new Set<string>();
    for (const node of stackOf(id)) {
      const place = shortUrl(node.callFrame.url);
      if (!place.startsWith('src/') && !place.startsWith('dialogs/')) continue;
      const key = `${node.callFrame.functionName || '(anonymous)'}  ${place}:${node.callFrame.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  }
  const print = (title: string, map: Map<string, number>) => {
    process.stdout.write(`\n${title}\n`);
    for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      process.stdout.write(`${ms.toFixed(0).padStart(8)} ms ${((ms / busy) * 100).toFixed(1).padStart(5)} %  ${name}\n`);
    }
  };
  const wall = (profile.endTime - profile.startTime) / 1000;
  process.stdout.write(`sampled ${wall.toFixed(0)} ms, busy (not idle/program) ${busy.toFixed(0)} ms\n`);
  print('top functions by self time', functions);
  print('top files / packages by self time', files);
  print('project functions by inclusive time', inclusive);
}

main();
