/** Labels and tag colours of the case page (one colour meaning everywhere, docs/architecture/overview.md §8). */
import type { Deadline } from '@shared/domain/case'
import type { TagType } from '../due-status'

/** Status tag of an evaluated deadline: 逾期 red, 即将到期 orange, 进行中 blue, 已完成 grey, 暂停 grey-blue. */
export function deadlineTag(d: Deadline): { label: string; type: TagType; paused?: boolean } {
  switch (d.status) {
    case 'overdue':
      return { label: '逾期', type: 'danger' }
    case 'running':
      return d.dueSoon
        ? { label: '即将到期', type: 'warning' }
        : { label: '进行中', type: 'primary' }
    case 'paused':
      return { label: '暂停', type: 'info', paused: true }
    case 'met':
      return { label: d.metLate ? '已完成（超期）' : '已完成', type: 'info' }
    case 'elapsed':
      return { label: '已届满', type: 'info' }
  }
}

/** How much time is left, in words. */
export function daysLeftText(d: Deadline): string {
  if (d.status === 'met') return ''
  if (d.status === 'paused') return '期间扣除中'
  if (d.daysLeft < 0) return `${d.status === 'overdue' ? '已逾期' : '已过'}${-d.daysLeft}天`
  if (d.daysLeft === 0) return '今天到期'
  return `剩余${d.daysLeft}天（${d.workingDaysLeft}个工作日）`
}

/** Case fields that change in audit entries, in Chinese (derived bookkeeping fields are skipped). */
export const CASE_FIELD_LABELS: Record<string, string> = {
  stageLabel: '阶段',
  nextDueOn: '下一期限',
  decisionOn: '决定日期',
  closed: '已结案',
  lenient: '从宽处理',
  awaitingLegalReview: '待审核',
  officers: '办案人员',
  actCount: '记录数',
  cause: '案由',
  voided: '作废',
}

/** Follow-up statuses. */
export const FOLLOW_UP_STATUS: Record<string, string> = {
  due: '待回访',
  done: '已回访',
  cancelled: '已取消',
}
