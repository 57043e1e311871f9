import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applyRuleFixes } from '../fix'
import { describeRule } from '../harness'
import rule from './rule'

describeRule(rule, new URL('./fixtures', import.meta.url))

describe('no-host-network fix across extends', () => {
  const read = (name: string) => readFileSync(new URL(`./fixtures/stale-plan/${name}`, import.meta.url), 'utf8')
  // Removing network_mode from the base already fixes the child: the child must not get an override of its own.
  it('fixing the base leaves a child that extends it alone', () => {
    expect(applyRuleFixes(read('extends.yaml'), rule).text).toBe(read('extends.fixed.yaml'))
  })
})
