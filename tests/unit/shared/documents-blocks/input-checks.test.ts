import { describe, expect, it } from 'vitest'
import { inputOrderProblems } from '../../../../shared/documents/input-checks'

describe('inputOrderProblems: a record never prints an end before its start', () => {
  it.each([
    [{ startTime: '09:30', endTime: '09:00' }, /结束时间（09:00）应晚于开始时间（09:30）/],
    [{ startTime: '09:30', endTime: '09:30' }, /应晚于开始时间/],
  ])('%o → refused', (input, reason) => {
    expect(inputOrderProblems(input).join()).toMatch(reason)
  })
  it.each([
    [{ startTime: '09:30', endTime: '10:40' }],
    [{ startTime: '09:30' }],
    [{ date: '2026-09-08' }],
    [null],
  ])('%o → nothing to say', (input) => {
    expect(inputOrderProblems(input)).toEqual([])
  })
})
