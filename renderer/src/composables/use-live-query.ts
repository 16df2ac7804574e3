import { liveQuery } from 'dexie'
import { onScopeDispose, ref, shallowRef, type Ref } from 'vue'

/**
 * Subscribe to a Dexie live query for the lifetime of the current effect scope (component).
 * `loaded` turns true with the first result; `error` holds a failure to show.
 */
export function useLiveQuery<T>(querier: () => T | Promise<T>, initial: T) {
  const data = shallowRef(initial) as Ref<T>
  const loaded = ref(false)
  const error = shallowRef<unknown>(null)
  const subscription = liveQuery(querier).subscribe({
    next: (value) => {
      data.value = value
      loaded.value = true
      error.value = null
    },
    error: (err: unknown) => {
      error.value = err
    },
  })
  onScopeDispose(() => subscription.unsubscribe())
  return { data, loaded, error }
}
