/** Every feature of the app, in no particular order (the menu sorts by `order`). */
import { settingsFeature } from '@renderer/features/settings/routes'
import { casesFeature } from '@renderer/features/cases/routes'
import type { Feature, NavItem } from './feature'

export const features: Feature[] = [settingsFeature, casesFeature]

function sortNav(items: NavItem[]): NavItem[] {
  return [...items]
    .sort((a, b) => a.order - b.order)
    .map((item) => (item.children ? { ...item, children: sortNav(item.children) } : item))
}

/** The menu, sorted. */
export const navItems: NavItem[] = sortNav(features.flatMap((f) => f.nav))

/** The first leaf of the menu: where '/' goes. */
export function firstNavPath(items: NavItem[] = navItems): string {
  for (const item of items) {
    if (item.path) return item.path
    const nested = item.children ? firstNavPath(item.children) : ''
    if (nested) return nested
  }
  return '/settings/office'
}
