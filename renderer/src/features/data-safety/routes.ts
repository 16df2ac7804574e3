import type { Feature } from '@renderer/router/feature'

/** 设置 → 数据安全: backups, restore, case transfer, storage and audit checks. */
export const dataSafetyFeature: Feature = {
  id: 'data-safety',
  routes: [
    {
      path: 'settings/data-safety',
      name: 'settings-data-safety',
      component: () => import('./DataSafetyView.vue'),
      meta: { title: '数据安全', breadcrumb: ['设置', '数据安全'] },
    },
  ],
  nav: [
    {
      title: '设置',
      order: 90,
      children: [{ title: '数据安全', path: '/settings/data-safety', order: 5 }],
    },
  ],
}
