import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applyRuleFixes } from '../fix'
import { describeRule } from '../harness'
import rule from './rule'

describeRule(rule, new URL('./fixtures', import.meta.url))

describe('no-host-network fix across extends', () => {
  const read = (name: string) => readFileSync(new URL(`./fixtures/stale-plan/${name}`, import.meta.url), 'utf8')
  // applyRuleFixes computes every service's plan against the original text: the child's plan still sees the
  // base's network_mode: host and overrides it with bridge, although removing it from the base already fixed the
  // child. Expected to pass once applyRuleFixes re-analyses the text after each applied plan.
  it.fails('fixing the base leaves a child that extends it alone', () => {
    expect(applyRuleFixes(read('extends.yaml'), rule).text).toBe(read('extends.fixed.yaml'))
  })
})
