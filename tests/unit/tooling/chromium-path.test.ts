// The tests find Chromium instead of assuming /usr/bin/chromium (docs/testing.md).
import { describe, expect, it } from 'vitest'
import { chromiumOrExplain, findChromium } from '../../../scripts/chromium-path.cjs'

describe('findChromium', () => {
  it('CASEDESK_CHROMIUM wins when it names a file', () => {
    expect(findChromium({ CASEDESK_CHROMIUM: process.execPath })).toBe(process.execPath)
  })
  it('a CASEDESK_CHROMIUM that does not exist finds nothing and says so in Chinese', () => {
    expect(findChromium({ CASEDESK_CHROMIUM: '/nonexistent/chromium' })).toBeNull()
    expect(() => chromiumOrExplain({ CASEDESK_CHROMIUM: '/nonexistent/chromium' })).toThrow(
      /CASEDESK_CHROMIUM 指向的文件不存在/,
    )
  })
  it('without the variable it finds a browser on this machine or explains what to install', () => {
    const found = findChromium({})
    if (found) expect(found).toMatch(/chrom/i)
    else
      expect(() => chromiumOrExplain({})).toThrow(/apt-get install -y chromium|playwright install/)
  })
})
