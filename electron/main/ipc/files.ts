/** files:* handlers: pick-and-read and save-as through native dialogs. */
import { basename, join } from 'node:path'
import { matchesFilters, wrongTypeMessage } from '@shared/ipc/file-filters'
import { canceled, ioFailure, readFileLimited, writeFileAtomic } from '../services/file-io'
import { sanitizeFileName } from '../services/file-name'
import type { NativeDialogs } from '../services/dialogs'
import type { Handlers } from './types'

interface FilesDeps {
  dialogs: NativeDialogs
  /** Folder the save dialog starts in. */
  defaultDir: () => string
}

/** Handlers for files:pickAndRead and files:saveAs. */
export function createFilesHandlers(
  deps: FilesDeps,
): Pick<Handlers, 'files:pickAndRead' | 'files:saveAs'> {
  return {
    'files:pickAndRead': async ({ title, filters }) => {
      const path = await deps.dialogs.chooseOpenPath({ title, filters })
      if (path === null) return canceled
      const name = basename(path)
      if (!matchesFilters(name, filters)) {
        return { ok: false, code: 'invalid', message: wrongTypeMessage(name, filters) }
      }
      const read = await readFileLimited(path)
      if (!read.ok) return read
      return { ok: true, value: { name, bytes: read.bytes } }
    },

    'files:saveAs': async ({ bytes, suggestedName, filters }) => {
      const firstExt = filters[0]?.extensions.find((e) => e !== '*')
      const path = await deps.dialogs.chooseSavePath({
        title: '另存为',
        defaultPath: join(deps.defaultDir(), sanitizeFileName(suggestedName, firstExt)),
        filters,
      })
      if (path === null) return canceled
      try {
        await writeFileAtomic(path, bytes)
        return { ok: true, value: { path } }
      } catch (error) {
        return ioFailure(error, 'write', path)
      }
    },
  }
}
