import { describe, expect, it } from 'vitest'
import { features, firstNavPath, navItems } from '@renderer/router/features'
import type { NavItem } from '@renderer/router/feature'

function leaves(items: NavItem[]): string[] {
  return items.flatMap((i) => (i.children ? leaves(i.children) : i.path ? [i.path] : []))
}

describe('feature registry and menu', () => {
  it('every menu leaf is a route of some feature (no placeholder entries)', () => {
    const routePaths = features.flatMap((f) => f.routes.map((r) => `/${r.path}`))
    expect(leaves(navItems).every((p) => routePaths.includes(p))).toBe(true)
  })

  it('every routed page has a title and breadcrumb', () => {
    for (const r of features.flatMap((f) => f.routes)) {
      expect(r.meta?.title, r.path).toBeTruthy()
      expect(r.meta?.breadcrumb?.at(-1), r.path).toBe(r.meta?.title)
    }
  })

  it('firstNavPath picks the first leaf by order, descending into groups', () => {
    const items: NavItem[] = [
      { title: '案件', order: 20, path: '/cases' },
      {
        title: '设置',
        order: 90,
        children: [{ title: '机关档案', order: 1, path: '/settings/office' }],
      },
    ]
    expect(firstNavPath(items)).toBe('/cases')
    expect(firstNavPath([items[1]!])).toBe('/settings/office')
    expect(firstNavPath(navItems)).toBe('/workbench')
  })

  it('the real menu: 工作台 first, then 案件, 回访, 文书, 统计, and one merged 设置 group last', () => {
    expect(navItems.map((i) => i.title)).toEqual(['工作台', '案件', '回访', '文书', '统计', '设置'])
    const settings = navItems.filter((i) => i.title === '设置')
    expect(settings).toHaveLength(1)
    expect(settings[0]!.children?.map((c) => c.title)).toEqual([
      '机关档案',
      '执法人员',
      '免罚清单',
      '期限与裁量',
      '节假日',
      '违法行为库',
      '数据安全',
      '演示数据',
    ])
    expect(leaves(settings[0]!.children ?? [])).toEqual([
      '/settings/office',
      '/settings/officers',
      '/settings/exemptions',
      '/settings/rules',
      '/settings/holidays',
      '/settings/violations',
      '/settings/data-safety',
      '/settings/demo',
    ])
  })
})
