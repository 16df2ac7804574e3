/**
 * Re-read an open page when records pulled from the office server were written to Dexie
 * (docs/sync.md "Live sync"): a case submitted on another PC appears in the open 待审核 list, the
 * 工作台 and the case page without the user navigating away. Call in a component's setup; the
 * watch stops with the component.
 */
import { watch, type WatchSource } from 'vue'
import { useSyncStore } from './store'

/**
 * Run `refresh` after each pull that wrote records. With `holdWhile`, a refresh that comes while
 * it is true waits until it is false (e.g. while a form dialog is open, so what the user is
 * typing is not re-rendered under them).
 */
export function onPulled(refresh: () => unknown, holdWhile?: WatchSource<boolean>): void {
  const sync = useSyncStore()
  let waiting = false
  const held = () =>
    holdWhile ? (typeof holdWhile === 'function' ? holdWhile() : holdWhile.value) : false
  watch(
    () => sync.dataVersion,
    () => {
      if (held()) waiting = true
      else void refresh()
    },
  )
  if (holdWhile) {
    watch(holdWhile, (on) => {
      if (on || !waiting) return
      waiting = false
      void refresh()
    })
  }
}
