/** Backup, restore and case transfer: pure parts (format, checks, rotation, diff). */
export * from './canonical'
export * from './case-package'
export * from './format'
export * from './integrity'
export * from './record-schemas'
export * from './rotation'
export * from './sha256-stream'
