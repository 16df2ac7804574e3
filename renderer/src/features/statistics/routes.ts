import { DataAnalysis } from '@element-plus/icons-vue'
import type { Feature } from '@renderer/router/feature'

/**
 * 统计: figures of a period with click-through to their cases and the 年度执法统计表 export; 信用公示:
 * publication clocks and the files uploaded to 国家企业信用信息公示系统; 典型案例: a reviewed, masked
 * case write-up for publication.
 */
export const statisticsFeature: Feature = {
  id: 'statistics',
  routes: [
    {
      path: 'statistics',
      name: 'statistics',
      component: () => import('./StatisticsView.vue'),
      meta: { title: '统计分析', breadcrumb: ['统计', '统计分析'] },
    },
    {
      path: 'statistics/publication',
      name: 'statistics-publication',
      component: () => import('./PublicationView.vue'),
      meta: { title: '信用公示', breadcrumb: ['统计', '信用公示'] },
    },
    {
      path: 'statistics/typical-case',
      name: 'statistics-typical-case',
      component: () => import('./TypicalCaseView.vue'),
      meta: { title: '典型案例', breadcrumb: ['统计', '典型案例'] },
    },
  ],
  nav: [
    {
      title: '统计',
      icon: DataAnalysis,
      order: 50,
      children: [
        { title: '统计分析', path: '/statistics', order: 1 },
        { title: '信用公示', path: '/statistics/publication', order: 2 },
        { title: '典型案例', path: '/statistics/typical-case', order: 3 },
      ],
    },
  ],
}
