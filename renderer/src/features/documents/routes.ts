import { Document } from '@element-plus/icons-vue'
import type { Feature } from '@renderer/router/feature'

/** 文书: every issued document with search by 文号/当事人/类型, status, print log and reprint. */
export const documentsFeature: Feature = {
  id: 'documents',
  routes: [
    {
      path: 'documents',
      name: 'documents',
      component: () => import('./DocumentsView.vue'),
      meta: { title: '文书', breadcrumb: ['文书'] },
    },
  ],
  nav: [{ title: '文书', path: '/documents', icon: Document, order: 40 }],
}
