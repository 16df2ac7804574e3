// 现场检查, 询问 and 举行听证 dialogs start from what the case already holds
// (docs/domain/capture-once.md): the party's contact as the person present / asked, the notice's
// place and time as the 询问 / 听证 place and start.
import { describe, expect, it } from 'vitest'
import type { Act, ActPayload, ActType, CaseFacts } from '@shared/domain/case'
import { prefillActForm } from '@renderer/features/cases/detail/act-display'
import { blankActForm } from '@renderer/features/cases/detail/act-form-model'

let n = 0
function act<K extends ActType>(type: K, occurredOn: string, payload: ActPayload<K>): Act {
  const id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
  return {
    id,
    type,
    occurredOn,
    recordedAt: `${occurredOn}T09:00:00.000+08:00`,
    recordedBy: 'tester',
    payload,
  } as Act
}
const facts = (acts: Act[]): CaseFacts => ({
  id: '00000000-0000-4000-8000-100000000002',
  party: {
    kind: 'soleTrader',
    name: '某某便利店',
    operatorName: '王芳',
    operatorIdNo: '420105199001011235',
    address: '某市某路2号',
    phone: '13807150002',
  },
  cause: '涉嫌经营超过保质期食品案',
  source: 'inspection',
  sourceDate: '2026-03-01',
  officers: [],
  acts,
})

describe('prefillActForm: investigation records', () => {
  it('现场检查: place and the person present from the party', () => {
    const form = prefillActForm('onSiteInspection', blankActForm('onSiteInspection'), facts([]))
    expect(form).toMatchObject({
      place: '某市某路2号',
      presentName: '王芳',
      presentCapacity: '经营者',
      presentIdNumber: '420105199001011235',
      presentPhone: '13807150002',
    })
  })

  it('询问: the notice’s place and time; the party’s operator as the person asked', () => {
    const notice = act('inquiryNoticeServed', '2026-03-02', {
      scheduledOn: '2026-03-05',
      time: '14:30',
      place: '局询问室',
      matters: '经营超过保质期食品的有关情况',
      serviceMethod: 'direct',
    })
    const form = prefillActForm('inquiryHeld', blankActForm('inquiryHeld'), facts([notice]))
    expect(form).toMatchObject({
      place: '局询问室',
      startTime: '14:30',
      intervieweeName: '王芳',
      intervieweeRelation: '经营者',
      intervieweeIdNumber: '420105199001011235',
    })
  })

  it('举行听证: place, start time and recorder from the 听证通知书', () => {
    const notice = act('hearingNoticeServed', '2026-04-20', {
      hearingOn: '2026-04-30',
      time: '09:00',
      place: '听证室',
      presider: '孙丽',
      recorder: '马静',
      isPublic: true,
      serviceMethod: 'direct',
    })
    const form = prefillActForm('hearingHeld', blankActForm('hearingHeld'), facts([notice]))
    expect(form).toMatchObject({
      presider: '孙丽',
      place: '听证室',
      startTime: '09:00',
      recorder: '马静',
    })
  })
})
