/**
 * The router: hash history (works on app:// and http://), the layout route with every feature's
 * pages, the first-run setup page, and the guard that waits for the database.
 */
import { createRouter, createWebHashHistory, type Router } from 'vue-router'
import type { Pinia } from 'pinia'
import { useAppStore } from '@renderer/stores/app'
import { features, firstNavPath } from './features'

export function createAppRouter(pinia: Pinia): Router {
  const router = createRouter({
    history: createWebHashHistory(),
    routes: [
      {
        path: '/setup',
        name: 'setup',
        component: () => import('@renderer/features/setup/SetupView.vue'),
        meta: { title: '初始设置' },
      },
      {
        path: '/',
        component: () => import('@renderer/layout/AppLayout.vue'),
        redirect: () => firstNavPath(),
        children: features.flatMap((f) => f.routes),
      },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  })

  router.beforeEach(async (to) => {
    const app = useAppStore(pinia)
    await app.boot()
    // Blocked or failed: App.vue shows the message instead of any page.
    if (app.phase !== 'open') return true
    // Before setup only the setup page and the demo-data page (a newcomer may try the app with a
    // demo office instead of entering theirs; `npm run seed` drives that page too) are reachable.
    // 设置 → 同步 too: a new PC of an office joins by pulling the office's data (docs/sync.md).
    if (
      !app.setupDone &&
      to.name !== 'setup' &&
      to.name !== 'settings-demo' &&
      to.name !== 'settings-sync'
    ) {
      return { name: 'setup' }
    }
    if (app.setupDone && to.name === 'setup') return '/'
    return true
  })

  router.afterEach((to) => {
    const app = useAppStore(pinia)
    document.title = to.meta.title ? `${to.meta.title} - ${app.productLabel}` : app.productLabel
  })

  return router
}
