import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { say } from '../lib/messages.ts';
import type { DecodedSource } from '../1-decode/decoded.ts';

/** One policy source as read from disk, with its sidecar when there is one. */
export interface SourceFile {
  /** Path shown in messages (policy-sources/x.txt). */
  file: string;
  bytes: Uint8Array;
  /** The sidecar's path and text, when there is one. */
  sidecar?: { file: string; text: string };
  /** A published file (PDF, web page, Word) as its reader decoded it (scripts/1-decode/read-source.ts). */
  decoded?: DecodedSource;
}

export interface SourceListing {
  sources: SourceFile[];
  /** Fatal problems as `file:line: reason`: nothing may be written when there is one. */
  errors: string[];
  /** Files skipped on purpose, as `file:1: reason`. */
  warnings: string[];
}

/** Formats a source may come in, by extension (lower case only: `.TXT` is refused, so ids stay unique). */
export const SOURCE_EXTENSIONS = ['txt', 'pdf', 'html', 'htm', 'docx'] as const;
const SIDECAR = /\.meta\.ya?ml$/;
const MAX_NAME = 100;
/** A policy text of more than this is not a policy text: refusing it keeps a stray dump from stalling a build. */
const MAX_BYTES = 64 * 1024 * 1024;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return '文件夹';
  if (stats.isFIFO()) return '命名管道';
  if (stats.isSocket()) return '套接字';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return '设备文件';
  return '特殊文件';
}

/**
 * Reads a file that must be a regular file in place. O_NOFOLLOW refuses a symlink swapped in after
 * the listing, O_NONBLOCK keeps a FIFO from blocking the open, and fstat on the open descriptor
 * decides: nothing but a regular file is ever read.
 */
function readPlainFile(path: string, shown: string): { bytes: Buffer } | { error: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { error: `${shown}:1: ${say('source:symlink')}` };
    return { error: `${shown}:1: ${say('source:unreadable', code ?? String(e))}` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { error: `${shown}:1: ${say('source:not-a-file', kindOf(stats))}` };
    if (stats.size > MAX_BYTES)
      return { error: `${shown}:1: ${say('source:too-large', Math.round(stats.size / 1048576), MAX_BYTES / 1048576)}` };
    return { bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Lists `policy-sources/`: every source with its sidecar, read safely. Symlinks, folders, FIFOs,
 * sockets, over-long names, upper-case extensions, two sidecars for one source and sidecars
 * without a source are refused with `file:1: reason`; nothing outside the folder is ever read.
 */
export function readSources(dir: string): SourceListing {
  const listing: SourceListing = { sources: [], errors: [], warnings: [] };
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    listing.errors.push(`${dir}:1: ${say('source:no-folder')}`);
    return listing;
  }
  const sourceNames = new Set<string>();
  const sidecars = new Map<string, string>(); // base → sidecar name
  for (const name of names) {
    if (name.startsWith('.') || /^readme/i.test(name)) continue;
    const shown = `${dir}/${name}`;
    if ([...name].length > MAX_NAME) {
      listing.errors.push(
        `${shown.slice(0, dir.length + 1 + 40)}…:1: ${say('source:name-too-long', [...name].length, MAX_NAME)}`,
      );
      continue;
    }
    const stats = lstatSync(join(dir, name));
    if (stats.isSymbolicLink()) {
      listing.errors.push(`${shown}:1: ${say('source:symlink')}`);
      continue;
    }
    const extension = /\.([^.]+)$/.exec(name)?.[1] ?? '';
    const isSource = (SOURCE_EXTENSIONS as readonly string[]).includes(extension);
    const isSidecar = SIDECAR.test(name);
    if (!isSource && !isSidecar) {
      if (
        (SOURCE_EXTENSIONS as readonly string[]).includes(extension.toLowerCase()) ||
        SIDECAR.test(name.toLowerCase())
      ) {
        listing.errors.push(`${shown}:1: ${say('source:extension-case', extension.toLowerCase())}`);
      } else
        listing.warnings.push(`${shown}:1: ${say('source:skipped', SOURCE_EXTENSIONS.map((e) => `.${e}`).join('、'))}`);
      continue;
    }
    if (!stats.isFile()) {
      listing.errors.push(`${shown}:1: ${say('source:not-a-file', kindOf(stats))}`);
      continue;
    }
    if (isSidecar) {
      const base = name.replace(SIDECAR, '');
      const other = sidecars.get(base);
      if (other) listing.errors.push(`${shown}:1: ${say('source:two-sidecars', other)}`);
      else sidecars.set(base, name);
    } else sourceNames.add(name);
  }

  const bases = new Map<string, string>();
  for (const name of sourceNames) {
    const base = name.replace(/\.[^.]+$/, '');
    const other = bases.get(base);
    if (other) listing.errors.push(`${dir}/${name}:1: ${say('source:same-name', other)}`);
    else bases.set(base, name);
  }
  for (const [base, sidecarName] of sidecars) {
    if (bases.has(base)) continue;
    const expected = SOURCE_EXTENSIONS.map((e) => `${base}.${e}`).join(' / ');
    listing.errors.push(`${dir}/${sidecarName}:1: ${say('source:orphan-sidecar', expected)}`);
  }
  for (const [base, name] of bases) {
    const shown = `${dir}/${name}`;
    const read = readPlainFile(join(dir, name), shown);
    if ('error' in read) {
      listing.errors.push(read.error);
      continue;
    }
    const sidecarName = sidecars.get(base);
    let sidecar: SourceFile['sidecar'];
    if (sidecarName) {
      const side = readPlainFile(join(dir, sidecarName), `${dir}/${sidecarName}`);
      if ('error' in side) {
        listing.errors.push(side.error);
        continue;
      }
      sidecar = { file: `${dir}/${sidecarName}`, text: side.bytes.toString('utf8') };
    }
    listing.sources.push({ file: shown, bytes: read.bytes, ...(sidecar ? { sidecar } : {}) });
  }
  return listing;
}
