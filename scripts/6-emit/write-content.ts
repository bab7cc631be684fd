import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ExtractError } from '../lib/errors.ts';
import { say } from '../lib/messages.ts';

export interface ContentDiff {
  /** Files whose text differs from what is on disk, or that are missing. */
  stale: string[];
  /** Files on disk that the new content no longer has. */
  extra: string[];
  unchanged: number;
}

/** Every file under `dir`, as paths relative to it with `/` separators. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

/** How the files on disk differ from `files`. */
export function diffContent(dir: string, files: Map<string, string>): ContentDiff {
  const stale = [...files].filter(([path, text]) => {
    const at = join(dir, path);
    return !existsSync(at) || readFileSync(at, 'utf8') !== text;
  });
  const extra = listFiles(dir).filter((p) => !files.has(p));
  return { stale: stale.map(([p]) => p), extra, unchanged: files.size - stale.length };
}

/** Whether the process that named a staging folder still runs (a second extract at the same time). */
function alive(name: string): boolean {
  const pid = Number(/-(\d+)$/.exec(name)?.[1]);
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts back what an interrupted swap left: when the folder itself is missing but its previous
 * version stands beside it, that version returns. Staging folders of runs that died are removed.
 */
export function recoverContent(dir: string): void {
  const parent = dirname(dir);
  if (!existsSync(parent)) return;
  const name = basename(dir);
  const beside = readdirSync(parent).filter((n) => n.startsWith(`.${name}.`) && !alive(n));
  const previous = beside.find((n) => n.startsWith(`.${name}.old-`));
  if (!existsSync(dir) && previous) renameSync(join(parent, previous), dir);
  for (const n of beside) rmSync(join(parent, n), { recursive: true, force: true });
}

/**
 * Replaces `dir` with exactly `files`, whole or not at all. The new version is written in full to
 * a staging folder beside it, then swapped in with two renames, so a kill or a full disk while
 * writing leaves the previous version untouched. (Between the two renames, a window of two system
 * calls, the folder is briefly absent; `recoverContent` at the next run puts the old one back.)
 */
export function writeContent(dir: string, files: Map<string, string>): void {
  recoverContent(dir);
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(dir)}.new-${process.pid}`);
  const previous = join(parent, `.${basename(dir)}.old-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), text);
    }
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new ExtractError(
      dir,
      1,
      code === 'ENOSPC' ? say('content:no-space') : say('content:write-failed', code ?? (e as Error).message),
    );
  }
  if (existsSync(dir)) {
    renameSync(dir, previous);
    renameSync(staging, dir);
    rmSync(previous, { recursive: true, force: true });
  } else {
    renameSync(staging, dir);
  }
}
