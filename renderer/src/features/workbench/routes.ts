import { Monitor } from '@element-plus/icons-vue'
import type { Feature } from '@renderer/router/feature'

/** 工作台: the start page once cases exist (first in the menu). */
export const workbenchFeature: Feature = {
  id: 'workbench',
  routes: [
    {
      path: 'workbench',
      name: 'workbench',
      component: () => import('./WorkbenchView.vue'),
      meta: { title: '工作台', breadcrumb: ['工作台'] },
    },
  ],
  nav: [{ title: '工作台', path: '/workbench', icon: Monitor, order: 10 }],
}
