import { DataAnalysis } from '@element-plus/icons-vue'
import type { Feature } from '@renderer/router/feature'

/** 统计: figures of a period with click-through to their cases, and the 年度执法统计表 export. */
export const statisticsFeature: Feature = {
  id: 'statistics',
  routes: [
    {
      path: 'statistics',
      name: 'statistics',
      component: () => import('./StatisticsView.vue'),
      meta: { title: '统计', breadcrumb: ['统计'] },
    },
  ],
  nav: [{ title: '统计', path: '/statistics', icon: DataAnalysis, order: 50 }],
}
