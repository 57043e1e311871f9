import { expect, it } from 'vitest'
import { RULES } from '../rules/registry'
import { PANEL_TITLES, RULE_PANELS, panelFor } from './rule-panels'

it('names a panel (or none, on purpose) for every rule, and only for rules that exist', () => {
  expect(Object.keys(RULE_PANELS).sort()).toEqual(RULES.map((r) => r.id).sort())
  for (const panel of Object.values(RULE_PANELS)) if (panel) expect(PANEL_TITLES[panel]).toBeTruthy()
})

it('sends each rule to the form that edits its setting', () => {
  expect(panelFor('no-privileged')).toBe('isolation')
  expect(panelFor('require-cap-drop-all')).toBe('capabilities')
  expect(panelFor('require-tmpfs-size')).toBe('filesystem')
  expect(panelFor('require-image-pinning')).toBeNull()
  expect(panelFor('no-such-rule')).toBeNull()
})
