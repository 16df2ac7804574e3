/**
 * The words of the audit log: every action and every audited table, each with its Chinese label.
 * `appendAudit` takes only these, so a new action without a label does not compile, and the 审计
 * views never show a raw English key (docs/conventions.md). Stored entries keep plain strings:
 * an entry written by an older or newer version shows its key when it has no label here.
 */
export const AUDIT_ACTION_LABELS = {
  create: '新建',
  update: '修改',
  delete: '删除',
  cancel: '取消',
  setOfficers: '变更办案人员',
  setActive: '启用/停用',
  addVersion: '新增版本',
  reserve: '预留文号',
  issue: '出具',
  void: '作废',
  backup: '备份',
  restore: '恢复备份',
  restoreBrokenChain: '确认恢复（审计链不完整）',
  importCase: '导入案件',
  demoSeed: '生成演示数据',
  benchSeed: '生成基准测试数据',
  syncPull: '同步接收',
  syncResolve: '同步冲突处理',
  upgrade: '数据库升级',
  print: '打印',
  save: '另存为 PDF',
  open: '打开 PDF',
  reprint: '重印预览',
} as const satisfies Record<string, string>

/** An audited action. */
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS

/** Audited tables (and the two pseudo-entities `database` and `sync`) with their Chinese names. */
export const AUDIT_ENTITY_LABELS = {
  cases: '案件',
  acts: '办案记录',
  followUps: '回访',
  parties: '当事人',
  documents: '文书',
  printLog: '打印记录',
  officers: '执法人员',
  officeProfile: '机关档案',
  contactVersions: '联系方式版本',
  exemptions: '免罚清单',
  meta: '系统设置',
  counters: '编号计数器',
  database: '数据库',
  sync: '同步',
} as const satisfies Record<string, string>

/** An audited table or pseudo-entity. */
export type AuditEntity = keyof typeof AUDIT_ENTITY_LABELS

/** `table` as an audited entity; an unknown name is a programming error and throws. */
export function auditEntityOf(table: string): AuditEntity {
  if (Object.prototype.hasOwnProperty.call(AUDIT_ENTITY_LABELS, table)) return table as AuditEntity
  throw new Error(`未登记的审计对象：${table}`)
}

/** The Chinese label of a stored action (its key when this version has none). */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action
}

/** The Chinese name of a stored entity (its key when this version has none). */
export function auditEntityLabel(entity: string): string {
  return (AUDIT_ENTITY_LABELS as Record<string, string>)[entity] ?? entity
}
