import type { Feature } from '@renderer/router/feature'

/** 设置 → 免罚清单: the office's list that 不予处罚 decisions cite. */
export const exemptionsFeature: Feature = {
  id: 'exemptions',
  routes: [
    {
      path: 'settings/exemptions',
      name: 'settings-exemptions',
      component: () => import('./ExemptionsView.vue'),
      meta: { title: '免罚清单', breadcrumb: ['设置', '免罚清单'] },
    },
  ],
  nav: [
    {
      title: '设置',
      order: 90,
      children: [{ title: '免罚清单', path: '/settings/exemptions', order: 3 }],
    },
  ],
}
