// Statistics of a period (统计, 年度执法统计表, 包容审慎监管 summary): docs/domain/statistics.md.
export * from './figures'
export * from './contribution'
export * from './derivation'
export * from './aggregate'
export * from './period'
export * from './annual-table'
export * from './digest'
