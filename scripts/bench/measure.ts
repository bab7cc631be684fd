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
  code: number;
  output: string;
}

function treeRss(root: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return 0;
  }
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const pid of entries) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      parent.set(Number(pid), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      rss.set(Number(pid), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // gone between the listing and the read
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) if (p === root) return true;
    return false;
  };
  let kb = 0;
  for (const [pid, value] of rss) if (inTree(pid)) kb += value;
  return kb / 1024;
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
    const timer = setInterval(() => (peakMb = Math.max(peakMb, treeRss(child.pid!))), 250);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakMb, code: code ?? 1, output });
    });
  });
}
