/**
 * Temporary files under `userData/tmp` (PDFs handed to the OS viewer or the print window).
 * Each file gets its own folder so the same name can be open twice (Windows locks open files).
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isInside } from '../protocol'
import { writeFileAtomic } from './file-io'
import { sanitizeFileName } from './file-name'

/** Write bytes to `<tempRoot>/<id>/<safe name>` and return the path. */
export async function writeTempFile(
  tempRoot: string,
  suggestedName: string,
  extension: string,
  bytes: Uint8Array,
  newId: () => string,
): Promise<string> {
  const dir = join(tempRoot, newId())
  const file = join(dir, sanitizeFileName(suggestedName, extension))
  if (!isInside(tempRoot, file)) throw new Error(`temp path escapes its root: ${file}`)
  await mkdir(dir, { recursive: true })
  await writeFileAtomic(file, bytes)
  return file
}

/** Remove the folder of a temp file written by {@link writeTempFile}. */
export async function removeTempFile(tempRoot: string, file: string): Promise<void> {
  const dir = join(file, '..')
  if (dir !== tempRoot && isInside(tempRoot, dir)) await rm(dir, { recursive: true, force: true })
}

/**
 * Delete entries of `tempRoot` older than `maxAgeMs` (run at start-up). Files still open in a
 * viewer on Windows cannot be deleted; they are skipped and retried next time.
 * @returns how many entries were removed
 */
export async function cleanTempRoot(
  tempRoot: string,
  nowMs: number,
  maxAgeMs: number,
): Promise<number> {
  let names: string[]
  try {
    names = await readdir(tempRoot)
  } catch {
    return 0
  }
  let removed = 0
  for (const name of names) {
    const entry = join(tempRoot, name)
    try {
      if (nowMs - (await stat(entry)).mtimeMs > maxAgeMs) {
        await rm(entry, { recursive: true, force: true })
        removed += 1
      }
    } catch {
      // Locked or vanished: leave it for the next start.
    }
  }
  return removed
}
