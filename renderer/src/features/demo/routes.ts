import type { Feature } from '@renderer/router/feature'

/** 设置 → 演示数据. */
export const demoFeature: Feature = {
  id: 'demo',
  routes: [
    {
      path: 'settings/demo',
      name: 'settings-demo',
      component: () => import('./DemoDataView.vue'),
      meta: { title: '演示数据', breadcrumb: ['设置', '演示数据'] },
    },
  ],
  nav: [
    {
      title: '设置',
      order: 90,
      children: [{ title: '演示数据', path: '/settings/demo', order: 9 }],
    },
  ],
}
