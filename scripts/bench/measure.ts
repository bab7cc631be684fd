import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Runs a command and measures it: wall-clock time and the peak memory of its whole process tree
 * (Astro and the Pagefind binary it starts), sampled from /proc four times a second.
 */
export interface Measured {
  ms: number;
  /** Peak resident memory of the process tree, MB (0 where /proc cannot be read). */
  peakMb: number;
  /** At that peak, MB by process name (node, pagefind, …): which part of the tree holds the memory. */
  peakByName: Record<string, number>;
  code: number;
  output: string;
}

function treeRss(root: number): { mb: number; byName: Record<string, number> } {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return { mb: 0, byName: {} };
  }
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  const name = new Map<number, string>();
  for (const pid of entries) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      parent.set(Number(pid), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      rss.set(Number(pid), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      name.set(Number(pid), /^Name:\s+(.+)$/m.exec(status)?.[1]?.trim() ?? '?');
    } catch {
      // gone between the listing and the read
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) if (p === root) return true;
    return false;
  };
  let kb = 0;
  const byName: Record<string, number> = {};
  for (const [pid, value] of rss) {
    if (!inTree(pid)) continue;
    kb += value;
    const key = name.get(pid) ?? '?';
    byName[key] = (byName[key] ?? 0) + value / 1024;
  }
  return { mb: kb / 1024, byName };
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakMb = 0;
    let peakByName: Record<string, number> = {};
    const timer = setInterval(() => {
      const now = treeRss(child.pid!);
      if (now.mb > peakMb) [peakMb, peakByName] = [now.mb, now.byName];
    }, 250);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakMb, peakByName, code: code ?? 1, output });
    });
  });
}
