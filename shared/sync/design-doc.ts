/**
 * The server rules of the office database (docs/sync.md "Server rules"): the design document the
 * app installs on the office CouchDB, whose `validate_doc_update` CouchDB runs on every write —
 * the app's own pushes, replications and anything else. The same rules are kept here as a plain
 * TypeScript function ({@link checkSyncWrite}) so they can be unit-tested directly; a test runs
 * both on one table of cases and requires the same answers.
 *
 * The server function is ES5 (CouchDB's JavaScript engines differ by version and platform); its
 * tables (kinds, roles, messages) are the ones below, inserted as JSON.
 */
import { ACT_DEFINITIONS } from '../domain/case/acts'
import { officerRoleLabels } from '../domain/settings/schemas'
import {
  ACT_WRITER_ROLES,
  AUDIT_SEQ_DIGITS,
  HEAD_ONLY_KINDS,
  IMMUTABLE_KINDS,
  OFFICE_DOC_KEY,
  OFFICE_ROLES,
  SERVER_ADMIN_ROLE,
  SYNCED_SETTING_KEYS,
  SYNC_KINDS,
  type SyncKind,
} from './docs'

/** The id of the design document the app installs. */
export const DESIGN_DOC_ID = '_design/casedesk'

/**
 * Version of the rules. The app compares it with the installed design document's
 * `rulesVersion` and updates the server copy when it is older (docs/sync.md "Server rules").
 */
export const RULES_VERSION = 2

/** CouchDB's user context as `validate_doc_update` receives it. */
export interface UserCtx {
  name: string | null
  roles: readonly string[]
}

/** A document as the rules see it (any JSON object). */
export type AnyDoc = Record<string, unknown>

/** Chinese names of the immutable kinds, as the refusals name them. */
const KIND_LABELS: Record<SyncKind, string> = {
  act: '程序行为',
  document: '已出具的文书',
  documentVoid: '文书作废记录',
  audit: '审计日志',
  contact: '联系方式版本',
  number: '案号/文号占用记录',
  case: '案件',
  party: '当事人',
  officer: '执法人员',
  office: '机关档案',
  exemption: '免罚清单事项',
  setting: '规则设置或违法行为库',
}

/** Refusal texts (Chinese, saying what to do). `{x}` is replaced by the rule. */
const MESSAGES = {
  design: '只有服务器管理员可以安装或更新同步规则，请联系管理员',
  unknown: '无法识别的同步数据（{x}），请将本机 CaseDesk 升级到与服务器相同的版本后再同步',
  kind: '同步数据的类型或编号不一致（{x}），已拒绝；请联系管理员检查本机数据',
  noEdit:
    '已同步的{x}不能修改：程序行为只能追加“撤销/作废”更正，已出具的文书只能作废后重新出具；请撤回本机的修改并联系管理员',
  noDelete: '已同步的{x}不能删除，如需更正请追加“撤销/作废”',
  shape: '同步数据不完整（缺少 {x}），已拒绝；请将本机 CaseDesk 升级后再同步',
  writer: '同步数据的写入人与登录的执法人员不一致，请在“设置—同步”中用本人账号登录后再同步',
  noRole:
    '登录的账号没有执法人员角色（办案人员、法制审核人员或负责人），请联系管理员在服务器上为该账号设置角色',
  actRole: '“{x}”只能由具有相应角色的人员（{y}）录入并同步，请由其本人登录后录入',
  head: '{x}只能由负责人修改并同步，请由负责人登录后修改',
  deleteMutable: '同步数据不能删除；两台电脑修改冲突时，请在“同步冲突”中选择保留的版本',
  caseNo: '案号一经登记不能更改，请撤回本机对案号的修改',
  numberTaken:
    '该编号已被本单位其他电脑使用（{x}）：请在“设置—同步”中查看冲突，并请负责人为各电脑分配互不重叠的编号范围',
} as const

/** The tables both implementations read. */
const TABLES = {
  kinds: SYNC_KINDS,
  immutable: IMMUTABLE_KINDS,
  headOnly: HEAD_ONLY_KINDS,
  officeRoles: OFFICE_ROLES,
  admin: SERVER_ADMIN_ROLE,
  officeKey: OFFICE_DOC_KEY,
  settingKeys: SYNCED_SETTING_KEYS,
  auditDigits: AUDIT_SEQ_DIGITS,
  actRoles: ACT_WRITER_ROLES as Record<string, readonly string[]>,
  actLabels: Object.fromEntries(
    Object.keys(ACT_WRITER_ROLES).map((t) => [
      t,
      ACT_DEFINITIONS[t as keyof typeof ACT_DEFINITIONS].label,
    ]),
  ) as Record<string, string>,
  roleLabels: officerRoleLabels as Record<string, string>,
  kindLabels: KIND_LABELS as Record<string, string>,
  messages: MESSAGES as Record<string, string>,
}

function msg(key: keyof typeof MESSAGES, x = '', y = ''): string {
  return MESSAGES[key].replace('{x}', x).replace('{y}', y)
}

function isObject(v: unknown): v is AnyDoc {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0
}

function pad(n: number): string {
  return String(n).padStart(AUDIT_SEQ_DIGITS, '0')
}

/**
 * The server rules as a TypeScript function: the refusal CouchDB would answer for writing
 * `newDoc` over `oldDoc` as `userCtx`, or null when the write is allowed. Must agree with
 * {@link validateDocUpdateSource} (tests/unit/sync/design-doc.test.ts).
 * @param newDoc - the revision being written (a deletion has `_deleted: true`)
 * @param oldDoc - the current revision it replaces, or null for a new document
 * @param userCtx - the CouchDB user writing (name = officer id, roles = office roles)
 */
export function checkSyncWrite(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
): string | null {
  const roles = userCtx.roles ?? []
  const admin = roles.includes(SERVER_ADMIN_ROLE)
  const id = typeof newDoc._id === 'string' ? newDoc._id : ''
  if (id.startsWith('_design/')) return admin ? null : msg('design')
  const at = id.indexOf(':')
  const kind = (at > 0 ? id.slice(0, at) : '') as SyncKind
  const key = at > 0 ? id.slice(at + 1) : ''
  if (!SYNC_KINDS.includes(kind) || key === '') return msg('unknown', id)
  const immutable = IMMUTABLE_KINDS.includes(kind)
  if (newDoc._deleted === true) {
    if (immutable) return msg('noDelete', KIND_LABELS[kind])
    if (!admin && newDoc.writer !== userCtx.name) return msg('writer')
    if (newDoc.resolvesConflict !== true) return msg('deleteMutable')
    return null
  }
  if (immutable && oldDoc) {
    return kind === 'number' ? msg('numberTaken', key) : msg('noEdit', KIND_LABELS[kind])
  }
  if (newDoc.kind !== kind) return msg('kind', id)
  if (!nonEmpty(newDoc.writer)) return msg('shape', 'writer')
  if (!nonEmpty(newDoc.pc)) return msg('shape', 'pc')
  if (!admin) {
    if (newDoc.writer !== userCtx.name) return msg('writer')
    if (!roles.some((r) => OFFICE_ROLES.includes(r as never))) return msg('noRole')
  }
  if (kind === 'act') {
    const act = newDoc.act
    if (!isObject(act) || !nonEmpty(act.type) || !nonEmpty(newDoc.caseId)) {
      return msg('shape', 'act')
    }
    if (key !== act.id) return msg('kind', id)
    const needed = TABLES.actRoles[act.type]
    if (!admin && needed && !needed.some((r) => roles.includes(r))) {
      const label = TABLES.actLabels[act.type] ?? act.type
      return msg('actRole', label, needed.map((r) => TABLES.roleLabels[r]).join('或'))
    }
    return null
  }
  if (kind === 'audit') {
    const entry = newDoc.entry
    if (!isObject(entry) || typeof entry.seq !== 'number') return msg('shape', 'entry')
    if (key !== `${newDoc.pc}:${pad(entry.seq)}`) return msg('kind', id)
    return null
  }
  if (kind === 'documentVoid') {
    if (!nonEmpty(newDoc.documentId) || !isObject(newDoc.voided)) return msg('shape', 'voided')
    if (key !== newDoc.documentId) return msg('kind', id)
    return null
  }
  if (kind === 'number') {
    if (!nonEmpty(newDoc.claimedBy)) return msg('shape', 'claimedBy')
    return null
  }
  const record = newDoc.record
  if (!isObject(record)) return msg('shape', 'record')
  if (kind === 'setting') {
    // Version 2: the office settings shared by every PC (docs/sync.md "Office settings").
    if (!(SYNCED_SETTING_KEYS as readonly string[]).includes(key) || record.key !== key) {
      return msg('kind', id)
    }
    return null
  }
  if (kind === 'office' ? key !== OFFICE_DOC_KEY : key !== record.id) return msg('kind', id)
  if (!admin && HEAD_ONLY_KINDS.includes(kind) && !roles.includes('head')) {
    return msg('head', KIND_LABELS[kind])
  }
  if (kind === 'case' && oldDoc && oldDoc._deleted !== true && isObject(oldDoc.record)) {
    if (oldDoc.record.caseNo !== record.caseNo) return msg('caseNo')
  }
  return null
}

/**
 * `validate_doc_update` of the design document: ES5 JavaScript that CouchDB runs on every write.
 * Same rules as {@link checkSyncWrite}; refuses with `{forbidden: <Chinese reason>}`.
 */
export const validateDocUpdateSource = `function (newDoc, oldDoc, userCtx, secObj) {
  var T = ${JSON.stringify(TABLES)};
  function has(list, v) { for (var i = 0; i < list.length; i++) { if (list[i] === v) return true; } return false; }
  function refuse(k, x, y) { throw ({ forbidden: T.messages[k].replace('{x}', x || '').replace('{y}', y || '') }); }
  function isObject(v) { return typeof v === 'object' && v !== null && Object.prototype.toString.call(v) !== '[object Array]'; }
  function nonEmpty(v) { return typeof v === 'string' && v.length > 0; }
  function pad(n) { var s = String(n); while (s.length < T.auditDigits) s = '0' + s; return s; }
  var roles = (userCtx && userCtx.roles) || [];
  var admin = has(roles, T.admin);
  var id = typeof newDoc._id === 'string' ? newDoc._id : '';
  if (id.indexOf('_design/') === 0) { if (admin) return; refuse('design'); }
  var at = id.indexOf(':');
  var kind = at > 0 ? id.slice(0, at) : '';
  var key = at > 0 ? id.slice(at + 1) : '';
  if (!has(T.kinds, kind) || key === '') refuse('unknown', id);
  var immutable = has(T.immutable, kind);
  if (newDoc._deleted === true) {
    if (immutable) refuse('noDelete', T.kindLabels[kind]);
    if (!admin && newDoc.writer !== userCtx.name) refuse('writer');
    if (newDoc.resolvesConflict !== true) refuse('deleteMutable');
    return;
  }
  if (immutable && oldDoc) {
    if (kind === 'number') refuse('numberTaken', key);
    refuse('noEdit', T.kindLabels[kind]);
  }
  if (newDoc.kind !== kind) refuse('kind', id);
  if (!nonEmpty(newDoc.writer)) refuse('shape', 'writer');
  if (!nonEmpty(newDoc.pc)) refuse('shape', 'pc');
  if (!admin) {
    if (newDoc.writer !== userCtx.name) refuse('writer');
    var anyRole = false;
    for (var r = 0; r < roles.length; r++) { if (has(T.officeRoles, roles[r])) anyRole = true; }
    if (!anyRole) refuse('noRole');
  }
  if (kind === 'act') {
    var act = newDoc.act;
    if (!isObject(act) || !nonEmpty(act.type) || !nonEmpty(newDoc.caseId)) refuse('shape', 'act');
    if (key !== act.id) refuse('kind', id);
    var needed = T.actRoles.hasOwnProperty(act.type) ? T.actRoles[act.type] : null;
    if (!admin && needed) {
      var ok = false;
      for (var n = 0; n < needed.length; n++) { if (has(roles, needed[n])) ok = true; }
      if (!ok) {
        var names = [];
        for (var m = 0; m < needed.length; m++) names.push(T.roleLabels[needed[m]]);
        refuse('actRole', T.actLabels[act.type] || act.type, names.join('或'));
      }
    }
    return;
  }
  if (kind === 'audit') {
    var entry = newDoc.entry;
    if (!isObject(entry) || typeof entry.seq !== 'number') refuse('shape', 'entry');
    if (key !== newDoc.pc + ':' + pad(entry.seq)) refuse('kind', id);
    return;
  }
  if (kind === 'documentVoid') {
    if (!nonEmpty(newDoc.documentId) || !isObject(newDoc.voided)) refuse('shape', 'voided');
    if (key !== newDoc.documentId) refuse('kind', id);
    return;
  }
  if (kind === 'number') {
    if (!nonEmpty(newDoc.claimedBy)) refuse('shape', 'claimedBy');
    return;
  }
  var record = newDoc.record;
  if (!isObject(record)) refuse('shape', 'record');
  if (kind === 'setting') {
    if (!has(T.settingKeys, key) || record.key !== key) refuse('kind', id);
    return;
  }
  if (kind === 'office' ? key !== T.officeKey : key !== record.id) refuse('kind', id);
  if (!admin && has(T.headOnly, kind) && !has(roles, 'head')) refuse('head', T.kindLabels[kind]);
  if (kind === 'case' && oldDoc && oldDoc._deleted !== true && isObject(oldDoc.record)) {
    if (oldDoc.record.caseNo !== record.caseNo) refuse('caseNo');
  }
}`

/** The design document the app installs or updates on the office database. */
export interface CaseDeskDesignDoc {
  _id: typeof DESIGN_DOC_ID
  _rev?: string
  language: 'javascript'
  rulesVersion: number
  validate_doc_update: string
}

/**
 * The design document to install: the rules and their version. Put it with the installed
 * revision's `_rev` when the installed `rulesVersion` is lower (docs/sync.md "Server rules").
 */
export function designDocument(): CaseDeskDesignDoc {
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    rulesVersion: RULES_VERSION,
    validate_doc_update: validateDocUpdateSource,
  }
}
