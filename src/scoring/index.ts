// The scoring API: findings -> score, grade, checklist and the full report; harden builds on it.
export * from './score'
export * from './checklist'
export * from './report'
export * from './waivers'
export * from './harden'
