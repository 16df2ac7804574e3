/** UI-only state shared across the shell (no domain data here). */
import { defineStore } from 'pinia'
import { ref } from 'vue'

export const useUiStore = defineStore('ui', () => {
  const aboutOpen = ref(false)
  const sidebarCollapsed = ref(false)
  return { aboutOpen, sidebarCollapsed }
})
