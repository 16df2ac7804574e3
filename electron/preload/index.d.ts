// The renderer's view of the preload: `window.api` exists only under Electron (the browser host
// has none). Only renderer/src/bridge/electron-host.ts may touch it (ESLint enforces this).
import type { Api } from '../../shared/ipc/contract'

declare global {
  interface Window {
    api?: Api
  }
}

export type { Api }
