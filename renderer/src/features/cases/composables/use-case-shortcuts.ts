/**
 * Keyboard shortcuts (docs/architecture/overview.md §8), on every page of the layout: Ctrl+N opens 新建案件, Ctrl+F
 * focuses the page's search box — or, on a page without one, opens 案件 with its search box
 * focused. Neither fires while a dialog or drawer is open (its form keeps the keys), and Ctrl+F
 * does not leave a page while the user is typing in one of its fields.
 * In a plain browser Ctrl+N may be kept by the browser itself; in the desktop app it works.
 */
import { nextTick, onBeforeUnmount, onMounted } from 'vue'
import { useRouter } from 'vue-router'

/** Search boxes of the mounted pages, innermost (last mounted) last. */
const searchFocusers: Array<() => void> = []

/** A page with a search box registers it here while mounted, for Ctrl+F. */
export function useCaseShortcuts(focusSearch: () => void): void {
  onMounted(() => searchFocusers.push(focusSearch))
  onBeforeUnmount(() => {
    const i = searchFocusers.lastIndexOf(focusSearch)
    if (i >= 0) searchFocusers.splice(i, 1)
  })
}

/** An Element Plus dialog, drawer or message box is showing. */
function modalOpen(): boolean {
  return [...document.querySelectorAll<HTMLElement>('.el-overlay')].some(
    (el) => el.getClientRects().length > 0,
  )
}

function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

/** The layout's listener: call once in AppLayout. */
export function useGlobalShortcuts(): void {
  const router = useRouter()
  async function onKeydown(event: KeyboardEvent) {
    if (event.defaultPrevented || !(event.ctrlKey || event.metaKey)) return
    if (event.altKey || event.shiftKey || modalOpen()) return
    const key = event.key.toLowerCase()
    if (key === 'n') {
      event.preventDefault()
      await router.push('/cases/new')
    } else if (key === 'f') {
      const focus = searchFocusers.at(-1)
      if (focus) {
        event.preventDefault()
        focus()
      } else if (!typingInField(event.target)) {
        event.preventDefault()
        await router.push('/cases')
        await nextTick()
        searchFocusers.at(-1)?.()
      }
    }
  }
  const listener = (e: KeyboardEvent) => void onKeydown(e)
  onMounted(() => window.addEventListener('keydown', listener))
  onBeforeUnmount(() => window.removeEventListener('keydown', listener))
}
