import type { Feature } from '@renderer/router/feature'

/** The case page (/cases/:id): header, deadlines, next steps, acts, audit, follow-ups. No menu entry. */
export const caseDetailFeature: Feature = {
  id: 'case-detail',
  routes: [
    {
      path: 'cases/:id',
      name: 'case-detail',
      component: () => import('./CaseDetailView.vue'),
      props: true,
      meta: { title: '案件详情', breadcrumb: ['案件', '案件详情'] },
    },
  ],
  nav: [],
}
