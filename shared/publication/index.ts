// 信用公示: publication clocks, 行政处罚信息摘要, redaction (docs/domain/statistics.md).
export * from './clock'
export * from './summary'
export * from './typical-case'
