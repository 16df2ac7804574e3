/**
 * The case page (/cases/:id): the open case with its acts, the derived state (stage, next acts,
 * deadlines) as of today, its follow-ups and audit entries, and the commands that record or void
 * an act. Thin: rules are in shared/domain/case, writes in the repositories.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  assignmentOf,
  computeDeadlines,
  defaultRuleSettings,
  deriveCaseState,
  lockReason,
  mayHandOver,
  signedActTypes,
  type ActType,
  type RuleSettings,
} from '@shared/domain/case'
import type { Officer } from '@shared/domain/settings'
import { db } from '@renderer/db/db'
import { verifyAuditChain, type ChainCheck } from '@renderer/db/audit'
import type { AuditEntry } from '@renderer/db/records'
import type { ExemptionItem, FollowUpRecord } from '@renderer/db/cases-records'
import {
  casesRepo,
  type ActInput,
  type AppendActResult,
  type CaseBundle,
} from '@renderer/db/repositories/cases'
import { exemptionsRepo } from '@renderer/db/repositories/exemptions'
import { followUpsRepo } from '@renderer/db/repositories/follow-ups'
import { officersRepo } from '@renderer/db/repositories/officers'
import { settingsRepo } from '@renderer/db/repositories/rule-settings'
import { todayIso, writeContext } from '@renderer/services/write-context'
import { guardResult } from '@renderer/db/write-guard'
import { useSessionStore } from './session'

export const useCaseDetailStore = defineStore('case-detail', () => {
  const caseId = ref('')
  const bundle = shallowRef<CaseBundle | null>(null)
  const loading = ref(false)
  /** The id was not found (the page says so and links back to the list). */
  const missing = ref(false)
  const loadError = ref('')
  const saving = ref(false)
  /** Today's legal date, read when the case is opened (deadlines and gates are as of it). */
  const today = ref(todayIso())
  /**
   * The date the next steps are judged on: today, or an earlier day when acts are entered after
   * the fact (补录). The write itself is checked as of the act's own date by the repository.
   */
  const asOf = ref(todayIso())
  const ruleSettings = shallowRef<RuleSettings>(defaultRuleSettings)
  const officers = shallowRef<Officer[]>([])
  const exemptions = shallowRef<ExemptionItem[]>([])
  const followUps = shallowRef<FollowUpRecord[]>([])
  const audit = shallowRef<AuditEntry[]>([])

  const record = computed(() => bundle.value?.record ?? null)
  const acts = computed(() => bundle.value?.acts ?? [])
  const facts = computed(() => bundle.value?.facts ?? null)
  const state = computed(() =>
    facts.value ? deriveCaseState(facts.value, asOf.value, ruleSettings.value) : null,
  )
  const deadlines = computed(() =>
    facts.value ? computeDeadlines(facts.value, today.value, ruleSettings.value) : [],
  )

  // Who writes this case (docs/sync.md "Assignment"): the holder from its 转办/接手 records, and
  // why the officer at the keyboard may not record acts ('' when they may).
  const session = useSessionStore()
  const assignment = computed(() => assignmentOf(facts.value?.acts ?? []))
  const lock = computed(() => lockReason(assignment.value, session.currentOfficerId))
  // On a case another officer holds, the officer at the keyboard records only the acts they sign
  // in their own right (法制审核 opinion, approvals, 集体讨论; shared/domain/case/signers.ts).
  const writableActs = computed<ActType[]>(() => {
    const allowed = state.value?.allowedActs ?? []
    if (!lock.value) return allowed
    if (assignment.value.status !== 'held') return []
    const own = signedActTypes(session.currentRoles)
    return allowed.filter((t) => own.includes(t))
  })
  const canHandOver = computed(() =>
    mayHandOver(assignment.value, session.currentOfficerId, session.currentRoles),
  )

  async function reload(): Promise<void> {
    const id = caseId.value
    const [b, f, a] = await Promise.all([
      casesRepo(db).getCase(id),
      followUpsRepo(db).forCase(id),
      casesRepo(db).auditForCase(id),
    ])
    if (id !== caseId.value) return
    bundle.value = b ?? null
    missing.value = !b
    followUps.value = f
    audit.value = a
  }

  /** Open a case: the case, its follow-ups and audit, the office's settings and officers. */
  async function open(id: string): Promise<void> {
    caseId.value = id
    bundle.value = null
    missing.value = false
    loadError.value = ''
    loading.value = true
    today.value = todayIso()
    asOf.value = today.value
    try {
      const [settings, list] = await Promise.all([
        settingsRepo(db).getRuleSettings(),
        officersRepo(db).list(),
      ])
      ruleSettings.value = settings
      officers.value = list
      await reload()
    } catch (err) {
      loadError.value = `案件读取失败，请刷新页面重试（${err instanceof Error ? err.message : String(err)}）`
    } finally {
      loading.value = false
    }
  }

  /** Active items of the 免罚清单 (for the 不予处罚 form). */
  async function loadExemptions(): Promise<void> {
    exemptions.value = await exemptionsRepo(db).list(true)
  }

  async function guarded(fn: () => Promise<AppendActResult>): Promise<AppendActResult> {
    saving.value = true
    try {
      // A full disk or a closed database comes back as a Chinese refusal (docs/data-safety.md).
      const result = await guardResult(fn)
      if (result.ok) await reload()
      return result
    } finally {
      saving.value = false
    }
  }

  /** Record an act; on refusal the repository's Chinese message (the gate's reason) comes back. */
  function appendAct(input: ActInput): Promise<AppendActResult> {
    return guarded(() => casesRepo(db).appendAct(writeContext(), caseId.value, input, todayIso()))
  }

  /**
   * 转办/接手: from now on `holderId` writes the case. The record replaces every current one
   * (`supersedes`), so a conflict between two records written apart is decided by it; the
   * repository's checkAct refuses it unless a 负责人 or the holder records it.
   */
  function handOver(holderId: string, reason: string): Promise<AppendActResult> {
    const holder = officers.value.find((o) => o.id === holderId)
    const a = assignment.value
    const supersedes = a.status === 'unassigned' ? [] : a.heads.map((h) => h.id)
    return appendAct({
      type: 'caseHandover',
      occurredOn: todayIso(),
      payload: { holder: holder?.name ?? '', holderId, reason, supersedes },
    })
  }

  /** Void the act `actId` with a reason (an 撤销/作废 act is appended; nothing is deleted). */
  function voidAct(actId: string, reason: string): Promise<AppendActResult> {
    return guarded(() =>
      casesRepo(db).voidAct(writeContext(), caseId.value, actId, reason, { today: todayIso() }),
    )
  }

  /**
   * Verify the whole audit chain of this database (the chain is per database, so a case's
   * entries can only be trusted when every link before them holds).
   */
  async function verifyAudit(): Promise<ChainCheck> {
    const entries = await db.audit.orderBy('seq').toArray()
    return verifyAuditChain(entries)
  }

  return {
    caseId,
    bundle,
    loading,
    missing,
    loadError,
    saving,
    today,
    asOf,
    ruleSettings,
    officers,
    exemptions,
    followUps,
    audit,
    record,
    acts,
    facts,
    state,
    deadlines,
    assignment,
    lock,
    writableActs,
    canHandOver,
    open,
    reload,
    loadExemptions,
    appendAct,
    voidAct,
    handOver,
    verifyAudit,
  }
})
