/**
 * Preload (sandboxed): exposes `window.api` with exactly one named method per contract channel
 * and one `on<Event>` subscription per push event, nothing else — no generic invoke/send/on, no Node objects (docs/conventions.md). Built from the
 * channel NAMES only; main validates sender and input. Bundled into one CJS file by electron-vite.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { eventChannels, requestChannels } from '@shared/ipc/channels'
import type { Api } from '@shared/ipc/contract'

const api = Object.fromEntries([
  ...Object.entries(requestChannels).map(([method, channel]) => [
    method,
    // A closure per method: the channel is fixed here, the renderer cannot choose it.
    (input?: unknown) => ipcRenderer.invoke(channel, input),
  ]),
  ...Object.entries(eventChannels).map(([method, channel]) => [
    method,
    // Subscriptions: the callback receives the payload only, never the IpcRendererEvent.
    (callback: (payload: unknown) => void) => {
      const listener = (_event: unknown, payload: unknown) => callback(payload)
      ipcRenderer.on(channel, listener)
      return () => void ipcRenderer.removeListener(channel, listener)
    },
  ]),
]) as unknown as Api

contextBridge.exposeInMainWorld('api', Object.freeze(api))

export type { Api }
