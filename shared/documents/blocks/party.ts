/** The party block (当事人) per the 2021 使用指南 for form 45 (docs/domain/documents.md). */
import { ID_DOCUMENT_TYPES, type Party } from '../../domain/case/party'

/** Label/value lines describing the party, in the order the model forms print them. */
export function partyLines(party: Party): Array<[string, string]> {
  const lines: Array<[string, string]> = []
  switch (party.kind) {
    case 'organisation':
      lines.push(['当事人', party.name])
      if (party.licenceName) lines.push(['主体资格证照名称', party.licenceName])
      if (party.uscc) lines.push(['统一社会信用代码', party.uscc])
      lines.push(['住所', party.address])
      lines.push([party.representativeTitle ?? '法定代表人', party.legalRepresentative])
      break
    case 'soleTrader':
      lines.push(['当事人', party.name])
      if (party.uscc) lines.push(['统一社会信用代码', party.uscc])
      lines.push(['经营场所', party.address])
      lines.push(['经营者', party.operatorName])
      lines.push(['身份证件号码', party.operatorIdNo])
      break
    case 'naturalPerson':
      lines.push(['当事人', party.name])
      lines.push([`${ID_DOCUMENT_TYPES[party.idType]}号码`, party.idNo])
      lines.push(['住址', party.address])
      break
  }
  if (party.phone) lines.push(['联系电话', party.phone])
  return lines
}

/** How the party is addressed in the body: 你单位 for organisations/businesses, 你 for persons. */
export function partyPronoun(party: Party): string {
  return party.kind === 'naturalPerson' ? '你' : '你单位'
}

/** Short identification for tables: name plus code or ID. */
export function partySummary(party: Party): string {
  switch (party.kind) {
    case 'organisation':
      return party.uscc ? `${party.name}（统一社会信用代码：${party.uscc}）` : party.name
    case 'soleTrader':
      return `${party.name}（经营者：${party.operatorName}）`
    case 'naturalPerson':
      return `${party.name}（${ID_DOCUMENT_TYPES[party.idType]}号码：${party.idNo}）`
  }
}

/** Officers with certificate numbers: 陈志强（执法证号：42010123001）、刘晓燕（…）. */
export function officersText(officers: Array<{ name: string; certificateNo: string }>): string {
  return officers.map((o) => `${o.name}（执法证号：${o.certificateNo}）`).join('、')
}
