// After a restore the app's data lives in a new database named `casedesk-data-…`
// (docs/data-safety.md, "Restore"): these read one store of it straight from IndexedDB.
import type { Page } from '@playwright/test'

/** Every record of `store` in the restored database (`count`: only how many there are). */
export function readRestoredStore(page: Page, store: string, what: 'count'): Promise<number>
export function readRestoredStore<T>(page: Page, store: string, what: 'all'): Promise<T[]>
export function readRestoredStore(
  page: Page,
  store: string,
  what: 'count' | 'all',
): Promise<unknown> {
  return page.evaluate(
    ({ store, what }) =>
      new Promise<unknown>((resolve, reject) => {
        void indexedDB.databases().then((list) => {
          const name = list.map((d) => d.name ?? '').find((n) => n.startsWith('casedesk-data-'))
          if (!name) return reject(new Error('no restored database'))
          const req = indexedDB.open(name)
          req.onerror = () => reject(req.error ?? new Error(`cannot open ${name}`))
          req.onsuccess = () => {
            const s = req.result.transaction(store).objectStore(store)
            const r = what === 'count' ? s.count() : s.getAll()
            r.onerror = () => reject(r.error ?? new Error(`cannot read ${store}`))
            r.onsuccess = () => {
              req.result.close()
              resolve(r.result)
            }
          }
        })
      }),
    { store, what },
  )
}
