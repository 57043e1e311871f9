import { expect, it } from 'vitest'
import { DAEMON_JSON, DAEMON_SETTINGS } from './daemon-settings'

it('the daemon.json snippet holds the checklist’s settings, log options as strings', () => {
  expect(JSON.parse(DAEMON_JSON)).toEqual({
    icc: false,
    'no-new-privileges': true,
    'userns-remap': 'default',
    'live-restore': true,
    'log-driver': 'json-file',
    'log-opts': { 'max-size': '10m', 'max-file': '3' },
  })
  expect(DAEMON_JSON).toMatch(/^\{\n {2}"icc": false,\n/)
})

it('each setting says what it does and what to watch for, with Docker’s page', () => {
  for (const s of DAEMON_SETTINGS) {
    expect(s.does, s.key).toMatch(/^[A-Z].*\.$/)
    expect(s.caveat, s.key).toMatch(/^\S.*\.$/)
    expect(s.source, s.key).toMatch(/^https:\/\/docs\.docker\.com\//)
  }
})
