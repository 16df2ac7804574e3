/** app:* handlers. */
import type { App } from 'electron'
import type { Handlers } from './types'

/** Handlers for app:getInfo. */
export function createAppInfoHandlers(
  app: Pick<App, 'getName' | 'getVersion'>,
  platform: string,
): Pick<Handlers, 'app:getInfo'> {
  return {
    'app:getInfo': async () => ({
      name: app.getName(),
      version: app.getVersion(),
      host: 'electron',
      platform,
    }),
  }
}
