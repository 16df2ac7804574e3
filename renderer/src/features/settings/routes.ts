import { Setting } from '@element-plus/icons-vue'
import type { Feature } from '@renderer/router/feature'
import { SYNC_REACHABLE } from '@renderer/sync/availability'

export const settingsFeature: Feature = {
  id: 'settings',
  routes: [
    {
      path: 'settings/office',
      name: 'settings-office',
      component: () => import('./OfficeProfileView.vue'),
      meta: { title: '机关档案', breadcrumb: ['设置', '机关档案'] },
    },
    {
      path: 'settings/officers',
      name: 'settings-officers',
      component: () => import('./OfficersView.vue'),
      meta: { title: '执法人员', breadcrumb: ['设置', '执法人员'] },
    },
    {
      path: 'settings/holidays',
      name: 'settings-holidays',
      component: () => import('./HolidaysView.vue'),
      meta: { title: '节假日', breadcrumb: ['设置', '节假日'] },
    },
    {
      path: 'settings/rules',
      name: 'settings-rules',
      component: () => import('./RuleSettingsView.vue'),
      meta: { title: '期限与裁量', breadcrumb: ['设置', '期限与裁量'] },
    },
    {
      path: 'settings/violations',
      name: 'settings-violations',
      component: () => import('./ViolationsView.vue'),
      meta: { title: '违法行为库', breadcrumb: ['设置', '违法行为库'] },
    },
    {
      path: 'settings/sync',
      name: 'settings-sync',
      component: () => import('./SyncView.vue'),
      meta: { title: '同步', breadcrumb: ['设置', '同步'] },
    },
  ],
  nav: [
    {
      title: '设置',
      icon: Setting,
      order: 90,
      children: [
        { title: '机关档案', path: '/settings/office', order: 1 },
        { title: '执法人员', path: '/settings/officers', order: 2 },
        { title: '节假日', path: '/settings/holidays', order: 4.5 },
        { title: '期限与裁量', path: '/settings/rules', order: 4 },
        { title: '违法行为库', path: '/settings/violations', order: 4.7 },
        // Shown once the app can reach the office server (renderer/src/sync/availability.ts).
        ...(SYNC_REACHABLE ? [{ title: '同步', path: '/settings/sync', order: 4.9 }] : []),
      ],
    },
  ],
}
