import { Phone } from '@element-plus/icons-vue'
import type { Feature } from '@renderer/router/feature'

/** 回访: due and overdue follow-up visits, and the visit form. */
export const followUpsFeature: Feature = {
  id: 'follow-ups',
  routes: [
    {
      path: 'follow-ups',
      name: 'follow-ups',
      component: () => import('./FollowUpsView.vue'),
      meta: { title: '回访', breadcrumb: ['回访'] },
    },
  ],
  nav: [{ title: '回访', path: '/follow-ups', icon: Phone, order: 30 }],
}
