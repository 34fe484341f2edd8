// Where `quote-cards render` writes, and how: file names that are a pure function of an id (safe on
// every file system), writes that stay inside --out (no symlink followed, no path from an id), and a
// manifest of what it wrote, so that a later run overwrites only its own files (unless --force) and
// skips images whose inputs did not change.
import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The manifest of what render wrote in a folder (a dot file, so that a web server does not list it). */
export const MANIFEST = '.quote-cards-manifest.json';

// Names render writes itself, or that a web server or Windows treats specially (Windows ignores the
// extension: CON.html is the console too).
const RESERVED = new Set(['index', 'default', 'embed', 'oembed', 'images', 'resize', 'timeline', 'speaker', 'con', 'prn', 'aux', 'nul']);
const WINDOWS_NUMBERED = /^(?:com|lpt)[0-9¹²³]$/;
const MAX_SLUG = 60;

/** A short, stable hash of a text (hex). */
export function shortHash(text, length = 12) {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * The file name (without extension) for an id: the id itself when it is a short, lower-case,
 * ASCII slug that is not reserved; otherwise a slug of it and a hash of the whole id, so that two
 * ids never share a name (on case-insensitive file systems too) and a name depends on its own id only.
 */
export function fileNameOf(id) {
  const text = String(id);
  // The slug is made of the id's start (its first MAX_SLUG characters, once punctuation runs are collapsed): a megabyte id
  // costs no more than a short one. The hash covers the whole id.
  const ascii = text
    .slice(0, MAX_SLUG * 8)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-');
  const slug = trimDashes(trimDashes(ascii).slice(0, MAX_SLUG));
  if (slug === text && slug && !RESERVED.has(slug) && !WINDOWS_NUMBERED.test(slug)) return slug;
  return `${slug || 'id'}-${shortHash(text)}`;
}

/** A name for each id; an Error if two ids give the same name (a hash collision, or the same id twice). */
export function fileNames(ids) {
  const seen = new Map();
  return ids.map((id) => {
    const name = fileNameOf(id);
    if (seen.has(name) && seen.get(name) !== id)
      throw new Error(`the ids ${JSON.stringify(seen.get(name))} and ${JSON.stringify(id)} give the same file name ${name}`);
    seen.set(name, id);
    return name;
  });
}

/** A file render refuses to write: not one of its own, or a path that leaves --out. */
export class RefusedWrite extends Error {}

/**
 * Writes files inside one folder only. Paths are relative, made by render (never from an id
 * directly); every folder on the way must be a real folder (not a symlink), and a file is written
 * to a new temporary file then renamed over the target, so a symlink planted at the target is
 * replaced, never followed. A file that exists and is not in the manifest is not overwritten
 * unless `force`.
 */
export class OutputFolder {
  constructor(dir, { force = false } = {}) {
    mkdirSync(dir, { recursive: true });
    this.root = realpathSync(dir);
    this.force = force;
    this.manifest = readManifest(join(this.root, MANIFEST));
    this.dirty = false;
    this.savedAt = 0;
  }

  /** The absolute path of a relative one, after checking every folder on the way (creating missing ones). */
  pathOf(relative) {
    const parts = relative.split('/');
    if (parts.some((part) => !part || part === '.' || part === '..' || part.includes(sep) || part.includes('\\')))
      throw new RefusedWrite(`${relative} is not a path inside --out`);
    let dir = this.root;
    for (const part of parts.slice(0, -1)) {
      dir = join(dir, part);
      const stat = lstatOrUndefined(dir);
      if (!stat) mkdirSync(dir);
      else if (!stat.isDirectory())
        throw new RefusedWrite(
          `${dir} is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}; render writes only into real folders inside --out`,
        );
    }
    return join(dir, parts.at(-1));
  }

  /** The manifest's record of a file (its inputs hash), if render wrote it. */
  recordOf(relative) {
    return Object.hasOwn(this.manifest.files, relative) ? this.manifest.files[relative] : undefined;
  }

  /** Whether a file render wrote earlier from the same inputs is still there. */
  isCurrent(relative, inputs) {
    if (this.recordOf(relative) !== inputs) return false;
    const stat = lstatOrUndefined(join(this.root, ...relative.split('/')));
    return Boolean(stat?.isFile());
  }

  /** Writes `content` at `relative`, recording `inputs` (a hash of what it was made from). */
  write(relative, content, inputs = shortHash(content)) {
    const path = this.pathOf(relative);
    const existing = lstatOrUndefined(path);
    if (existing && this.recordOf(relative) === undefined && !this.force) {
      const what = existing.isSymbolicLink() ? 'a symbolic link' : 'a file';
      throw new RefusedWrite(`${relative} is ${what} that quote-cards did not write; it is left alone (--force overwrites it)`);
    }
    if (existing?.isDirectory()) throw new RefusedWrite(`${relative} is a folder; it is left alone`);
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      writeFileSync(temporary, content, { flag: 'wx' });
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
    this.manifest.files[relative] = inputs;
    this.dirty = true;
  }

  /** Saves the manifest (at most every `everyMs`, unless 0), so that an interrupted run resumes where it was. */
  save(everyMs = 0) {
    if (!this.dirty || (everyMs && Date.now() - this.savedAt < everyMs)) return;
    const path = join(this.root, MANIFEST);
    const stat = lstatOrUndefined(path);
    if (stat && !stat.isFile()) throw new RefusedWrite(`${MANIFEST} in --out is not a file`);
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(this.manifest)}\n`, { flag: 'wx' });
    renameSync(temporary, path);
    this.dirty = false;
    this.savedAt = Date.now();
  }
}

function trimDashes(text) {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '-') start += 1;
  while (end > start && text[end - 1] === '-') end -= 1;
  return text.slice(start, end);
}

function lstatOrUndefined(path) {
  try {
    return lstatSync(path);
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
}

function readManifest(path) {
  const stat = lstatOrUndefined(path);
  if (!stat) return { version: 1, files: Object.create(null) };
  if (!stat.isFile()) throw new RefusedWrite(`${MANIFEST} in --out is not a file`);
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    if (manifest?.version === 1 && manifest.files && typeof manifest.files === 'object')
      return { version: 1, files: Object.assign(Object.create(null), manifest.files) };
  } catch {}
  throw new RefusedWrite(`${MANIFEST} in --out is not a quote-cards manifest; move it away to render here`);
}
