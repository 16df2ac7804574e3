/** Every feature of the app, in no particular order (the menu sorts by `order`). */
import { settingsFeature } from '@renderer/features/settings/routes'
import { casesFeature } from '@renderer/features/cases/routes'
import { caseDetailFeature } from '@renderer/features/cases/detail/routes'
import { followUpsFeature } from '@renderer/features/follow-ups/routes'
import { workbenchFeature } from '@renderer/features/workbench/routes'
import { exemptionsFeature } from '@renderer/features/exemptions/routes'
import { demoFeature } from '@renderer/features/demo/routes'
import { dataSafetyFeature } from '@renderer/features/data-safety/routes'
import { documentsFeature } from '@renderer/features/documents/routes'
import { statisticsFeature } from '@renderer/features/statistics/routes'
import type { Feature, NavItem } from './feature'

export const features: Feature[] = [
  settingsFeature,
  casesFeature,
  caseDetailFeature,
  followUpsFeature,
  workbenchFeature,
  exemptionsFeature,
  demoFeature,
  dataSafetyFeature,
  documentsFeature,
  statisticsFeature,
]

function sortNav(items: NavItem[]): NavItem[] {
  return [...items]
    .sort((a, b) => a.order - b.order)
    .map((item) => (item.children ? { ...item, children: sortNav(item.children) } : item))
}

/**
 * Groups with the same title (e.g. 设置, filled by several features) become one menu group; the
 * first one seen keeps its icon and order.
 */
function mergeGroups(items: NavItem[]): NavItem[] {
  const out: NavItem[] = []
  for (const item of items) {
    const same = item.children && out.find((o) => o.children && o.title === item.title)
    if (same) same.children = [...(same.children ?? []), ...(item.children ?? [])]
    else out.push(item.children ? { ...item, children: [...item.children] } : item)
  }
  return out
}

/** The menu, sorted. */
export const navItems: NavItem[] = sortNav(mergeGroups(features.flatMap((f) => f.nav)))

/** The first leaf of the menu: where '/' goes. */
export function firstNavPath(items: NavItem[] = navItems): string {
  for (const item of items) {
    if (item.path) return item.path
    const nested = item.children ? firstNavPath(item.children) : ''
    if (nested) return nested
  }
  return '/settings/office'
}
