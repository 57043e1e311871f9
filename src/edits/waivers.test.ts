import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { edited } from './test-utils'
import { removeWaiverPlan, unwaivePlan, waivePlan } from './waivers'

const PROXY = `services:
  proxy:
    image: traefik:v3.1
    ports:
      - "80:80"
`
const waive = (text: string, ruleId: string, line: number, reason: string, service = 'proxy') => edited(text, (file) => waivePlan(file, service, { ruleId, line, reason }))
const unwaive = (text: string, ruleId: string, line: number) => edited(text, (file) => unwaivePlan(file, 'proxy', { ruleId, line }))

describe('waivePlan', () => {
  it('writes the waiver at the end of the finding line, and nothing else', () => {
    expect(waive(PROXY, 'require-port-host-ip', 5, '  public reverse\n proxy ')).toBe(`services:
  proxy:
    image: traefik:v3.1
    ports:
      - "80:80"  # secure-compose: ignore require-port-host-ip -- public reverse proxy
`)
  })

  it('adds the rule id to a waiver with the same reason on the line, as written', () => {
    const once = PROXY.replace('"80:80"', '"80:80"   #secure-compose:ignore require-port-host-ip  --  public')
    expect(waive(once, 'no-privileged-host-ports', 5, 'public')).toBe(PROXY.replace('"80:80"', '"80:80"   #secure-compose:ignore require-port-host-ip, no-privileged-host-ports  --  public'))
    expect(waive(once, 'require-port-host-ip', 5, 'public')).toBe(once)
  })

  it('puts a waiver with another reason, or beside another comment, on its own line above, at the line indentation', () => {
    const once = PROXY.replace('"80:80"', '"80:80"  # secure-compose: ignore require-port-host-ip -- public')
    expect(waive(once, 'no-privileged-host-ports', 5, 'redirects to 443')).toBe(once.replace('      - "80:80"', '      # secure-compose: ignore no-privileged-host-ports -- redirects to 443\n      - "80:80"'))
    const noted = PROXY.replace('"80:80"', '"80:80" # http')
    expect(waive(noted, 'require-port-host-ip', 5, 'public')).toBe(noted.replace('      - "80:80"', '      # secure-compose: ignore require-port-host-ip -- public\n      - "80:80"'))
  })

  it('keeps CRLF line endings and trailing blanks', () => {
    const crlf = PROXY.replace(/\n/g, '\r\n')
    expect(waive(crlf, 'require-healthcheck', 2, 'probed by the proxy')).toBe(crlf.replace('  proxy:\r\n', '  proxy:  # secure-compose: ignore require-healthcheck -- probed by the proxy\r\n'))
    const noted = PROXY.replace('"80:80"', '"80:80" #http').replace(/\n/g, '\r\n')
    expect(waive(noted, 'require-port-host-ip', 5, 'x')).toBe(noted.replace('      - "80:80"', '      # secure-compose: ignore require-port-host-ip -- x\r\n      - "80:80"'))
    expect(waive(PROXY.replace('traefik:v3.1', 'traefik:v3.1   '), 'require-image-pinning', 3, 'x')).toBe(PROXY.replace('traefik:v3.1', 'traefik:v3.1   # secure-compose: ignore require-image-pinning -- x'))
  })

  it('goes above a line whose value carries on past it', () => {
    const text = 'services:\n  web:\n    image: "nginx:\n      latest"\n'
    expect(waive(text, 'require-image-pinning', 3, 'x', 'web')).toBe('services:\n  web:\n    # secure-compose: ignore require-image-pinning -- x\n    image: "nginx:\n      latest"\n')
  })

  it('says why it cannot', () => {
    const file = parseCompose(PROXY)
    expect(waivePlan(file, 'proxy', { ruleId: 'require-port-host-ip', line: 5, reason: '  ' })).toMatch(/needs a reason/)
    expect(waivePlan(file, 'proxy', { ruleId: 'Not A Rule', line: 5, reason: 'x' })).toMatch(/not a rule id/)
    expect(waivePlan(file, 'proxy', { ruleId: 'require-port-host-ip', line: 60, reason: 'x' })).toMatch(/no line 60/)
  })
})

describe('unwaivePlan and removeWaiverPlan', () => {
  const three = PROXY.replace('"80:80"', '"80:80"  # secure-compose: ignore a-rule,b-rule , c-rule -- why')

  it('takes one rule id out, with its separator, keeping the rest as written', () => {
    expect(unwaive(three, 'a-rule', 5)).toBe(PROXY.replace('"80:80"', '"80:80"  # secure-compose: ignore b-rule , c-rule -- why'))
    expect(unwaive(three, 'b-rule', 5)).toBe(PROXY.replace('"80:80"', '"80:80"  # secure-compose: ignore a-rule,c-rule -- why'))
    expect(unwaive(three, 'c-rule', 5)).toBe(PROXY.replace('"80:80"', '"80:80"  # secure-compose: ignore a-rule,b-rule -- why'))
  })

  it('removes the comment when no rule id is left: the blanks before it too, or its whole line', () => {
    expect(unwaive(PROXY.replace('"80:80"', '"80:80"  # secure-compose: ignore a-rule -- why'), 'a-rule', 5)).toBe(PROXY)
    const own = PROXY.replace('      - "80:80"', '      # secure-compose: ignore a-rule -- why\n      - "80:80"')
    expect(unwaive(own, 'a-rule', 5)).toBe(PROXY)
    const last = `${PROXY}# secure-compose: ignore-file a-rule -- why`
    expect(unwaive(last, 'a-rule', 6)).toBe(PROXY.slice(0, -1))
    const crlf = own.replace(/\n/g, '\r\n')
    expect(unwaive(crlf, 'a-rule', 5)).toBe(PROXY.replace(/\n/g, '\r\n'))
  })

  it('removes the ids invalid-waiver names, or the whole comment', () => {
    const remove = (text: string, line: number, ruleIds: string[]) => edited(text, (file) => removeWaiverPlan(file, '', { line, ruleIds }))
    expect(remove(three, 5, ['a-rule', 'c-rule'])).toBe(PROXY.replace('"80:80"', '"80:80"  # secure-compose: ignore b-rule -- why'))
    expect(remove(three, 5, [])).toBe(PROXY)
    expect(remove(PROXY.replace('"80:80"', '"80:80"  # secure-compose: nonsense'), 5, [])).toBe(PROXY)
  })

  it('says why it cannot', () => {
    expect(unwaivePlan(parseCompose(PROXY), 'proxy', { ruleId: 'a-rule', line: 5 })).toMatch(/no "# secure-compose:" comment on line 5/)
    expect(unwaivePlan(parseCompose(three), 'proxy', { ruleId: 'd-rule', line: 5 })).toMatch(/does not name d-rule/)
  })
})
