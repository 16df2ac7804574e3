// The discretion module: fine rules, lawful ranges, 裁量 bands, assessment of a proposed fine and the
// printed forms of provisions and amounts (docs/domain/discretion.md).
export * from './types'
export * from './item'
export * from './fine-rule'
export * from './bands'
export * from './assess'
export * from './provision'
