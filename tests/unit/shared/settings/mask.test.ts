import { describe, expect, it } from 'vitest'
import { maskIdNo } from '@shared/domain/settings'

describe('maskIdNo (个人信息保护法 第六条: lists show the minimum necessary of an ID number)', () => {
  it.each([
    { name: '18-digit 居民身份证', input: '420106199001010028', expected: '4201**********0028' },
    { name: 'ID ending in X', input: '42010619900101002X', expected: '4201**********002X' },
    {
      name: '9-character passport: one character hidden',
      input: 'E12345678',
      expected: 'E123*5678',
    },
    { name: '8 characters: nothing shown', input: '12345678', expected: '********' },
    { name: 'short value: nothing shown', input: '1234', expected: '****' },
    {
      name: 'surrounding spaces trimmed',
      input: ' 420106199001010028 ',
      expected: '4201**********0028',
    },
    { name: 'empty stays empty', input: '', expected: '' },
  ])('$name: $input → $expected', ({ input, expected }) => {
    expect(maskIdNo(input)).toBe(expected)
  })
})
