/**
 * The host the renderer runs in, chosen once at start-up: Electron when the preload exposed
 * `window.api`, the browser otherwise. Stores and services import `host` from here; components
 * never do (docs/architecture/overview.md §6, docs/conventions.md).
 */
import { createBrowserHost } from './browser-host'
import { appVersion, productName } from './build-info'
import { detectElectronHost } from './electron-host'
import type { HostApi } from './host-api'

export const host: HostApi =
  detectElectronHost() ?? createBrowserHost({ name: productName, version: appVersion })

export type { HostApi }
