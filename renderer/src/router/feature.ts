/**
 * How a feature plugs into the shell: its routes (children of the main layout) and its menu
 * entries. Add a feature by listing it in ./features.ts — nothing else in the shell changes.
 * Only working pages go in the menu.
 */
import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'

export interface NavItem {
  /** Chinese menu text. */
  title: string
  /** Route path for a leaf; groups have `children` instead. */
  path?: string
  icon?: Component
  /** Menu position. Planned: 工作台 10, 案件 20, 回访 30, 文书 40, 统计 50, 设置 90. */
  order: number
  children?: NavItem[]
}

export interface Feature {
  id: string
  /** Children of the layout route; give each `meta.title` and `meta.breadcrumb`. */
  routes: RouteRecordRaw[]
  nav: NavItem[]
}

declare module 'vue-router' {
  interface RouteMeta {
    /** Page title (document title and last breadcrumb item). */
    title?: string
    /** Breadcrumb trail, e.g. ['设置', '机关档案']. */
    breadcrumb?: string[]
  }
}
