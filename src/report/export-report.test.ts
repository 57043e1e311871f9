import { describe, expect, it } from 'vitest'
import type { Io } from '../cli/io'
import { run } from '../cli/run'
import { exportReport } from './export-report'
import { REPORT_TEXT as TEXT } from './report-fixture'

/** `secure-compose check --format FORMAT compose.yaml`, run in /repo where compose.yaml holds `text`. */
async function cli(format: 'json' | 'sarif', text: string): Promise<string> {
  const out: string[] = []
  const io: Io = {
    readFile: async () => text, readStdin: async () => '', writeFile: async () => {},
    stdout: (t) => { out.push(t) }, stderr: () => {}, isTTY: false, env: {}, cwd: '/repo',
  }
  await run(['check', '--format', format, 'compose.yaml'], io)
  return out.join('')
}

describe('exportReport', () => {
  it.each(['json', 'sarif'] as const)('gives the CLI\'s %s for the same text, byte for byte', async (format) => {
    const expected = await cli(format, TEXT)
    expect(expected.length).toBeGreaterThan(100)
    expect(exportReport(TEXT, format).content).toBe(expected)
  })

  it('gives the CLI\'s JSON for a text that cannot be analysed', async () => {
    const bad = 'services:\n  web:\n    image: a\n    image: b\n'
    expect(exportReport(bad, 'json').content).toBe(await cli('json', bad))
  })

  it('names each download after the document and its format', () => {
    expect(['markdown', 'html', 'json', 'sarif'].map((f) => exportReport(TEXT, f as 'json').fileName)).toEqual([
      'compose-report.md', 'compose-report.html', 'compose-report.json', 'compose-report.sarif',
    ])
    expect(exportReport(TEXT, 'html').mime).toBe('text/html')
  })

  it('counts the user\'s manual ticks in the Markdown checklist, never in the JSON', () => {
    const plain = exportReport(TEXT, 'markdown').content
    const ticked = exportReport(TEXT, 'markdown', { ticked: ['audit-events'] }).content
    expect(plain).toContain('- [ ] **To do**: Audit container events')
    expect(ticked).toContain('- [x] **Pass**: Audit container events')
    expect(exportReport(TEXT, 'json', { ticked: ['audit-events'] }).content).toBe(exportReport(TEXT, 'json').content)
  })
})
