/**
 * Keyboard shortcuts of the case screens (DESIGN §8): Ctrl+N opens 新建案件, Ctrl+F focuses the
 * page's search box (when the page has one). Active while the calling component is mounted.
 * In a plain browser Ctrl+N may be kept by the browser itself; in the desktop app it works.
 */
import { onBeforeUnmount, onMounted } from 'vue'
import { useRouter } from 'vue-router'

export function useCaseShortcuts(focusSearch?: () => void): void {
  const router = useRouter()
  function onKeydown(event: KeyboardEvent) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
    const key = event.key.toLowerCase()
    if (key === 'n') {
      event.preventDefault()
      void router.push('/cases/new')
    } else if (key === 'f' && focusSearch) {
      event.preventDefault()
      focusSearch()
    }
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}
