/** Display helpers of the 文书 UI. */
import type { DocumentStatus, PrintKind } from '@renderer/db/documents-records'

/** Status label and tag type. */
export const STATUS_LABEL: Record<
  DocumentStatus,
  { text: string; type: 'success' | 'info' | 'warning' }
> = {
  issued: { text: '已出具', type: 'success' },
  issuing: { text: '生成中断', type: 'warning' },
  voided: { text: '已作废', type: 'info' },
}

/** Print-log kind labels. */
export const PRINT_KIND_LABEL: Record<PrintKind, string> = {
  print: '打印',
  save: '另存为 PDF',
  open: '用系统程序打开',
  reprint: '重印预览',
}
