import { Tickets } from '@element-plus/icons-vue'
import type { Feature } from '@renderer/router/feature'

/** 案件: the list and 新建案件. The case page itself (/cases/:id) is the case-detail feature. */
export const casesFeature: Feature = {
  id: 'cases',
  routes: [
    {
      path: 'cases',
      name: 'cases',
      component: () => import('./CaseListView.vue'),
      meta: { title: '案件', breadcrumb: ['案件'] },
    },
    {
      path: 'cases/new',
      name: 'case-new',
      component: () => import('./NewCaseView.vue'),
      meta: { title: '新建案件', breadcrumb: ['案件', '新建案件'] },
    },
  ],
  nav: [{ title: '案件', path: '/cases', icon: Tickets, order: 20 }],
}
