export * from './date'
