// The lightbulb's quick fixes for findings: each finding's fix (planned by its rule against the current text and
// applied by the store: one edit, one undo step) and a way to the settings panel that governs it.
import type { editor, IDisposable, languages } from 'monaco-editor/editor'
import { PANEL_TITLES } from '../rules/panels'
import { RULE_BY_ID } from '../rules/registry'
import type { Finding } from '../rules/types'
import type { AppStore } from '../store/app-state'
import { fixKey, planFix } from '../rules/fix'
import type { FindingMarkers, MarkedFinding } from './finding-markers'
import type { Monaco } from './monaco-setup'

export const APPLY_FIX_COMMAND = 'secure-compose.applyFindingFix'
export const OPEN_PANEL_COMMAND = 'secure-compose.openFindingPanel'
/** Unsafe fixes are not applied from the menu: the findings list shows what they change and asks first. */
export const REVIEW_FIX_COMMAND = 'secure-compose.reviewFindingFix'
export const EXPLAIN_COMMAND = 'secure-compose.explainRule'

/** "Fix: …" for a safe fix, "Review fix (unsafe): …" for one that may break the workload; null when there is no fix. */
export function fixTitle(finding: Finding): string | null {
  if (finding.fix === 'none') return null
  const rule = RULE_BY_ID.get(finding.ruleId)
  const what = rule?.fixLabel ?? rule?.title ?? finding.ruleId
  return `${finding.fix === 'safe' ? 'Fix' : 'Review fix (unsafe)'}: ${what}`
}

/**
 * The actions for the findings on some lines: fixes (safe first, one per rule and service), then panels to open, then
 * "Why?" for each rule.
 */
export function findingActions(hits: readonly MarkedFinding[]): languages.CodeAction[] {
  const fixes: languages.CodeAction[] = []
  const panels: languages.CodeAction[] = []
  const explanations: languages.CodeAction[] = []
  const seen = new Set<string>()
  for (const { finding, marker } of hits) {
    const title = fixTitle(finding)
    const key = `fix\u0000${fixKey(finding)}`
    if (title && !seen.has(key)) {
      seen.add(key)
      fixes.push({
        title,
        kind: 'quickfix',
        diagnostics: [marker],
        isPreferred: finding.fix === 'safe',
        command: { id: finding.fix === 'safe' ? APPLY_FIX_COMMAND : REVIEW_FIX_COMMAND, title, arguments: [finding] },
      })
    }
    const panel = RULE_BY_ID.get(finding.ruleId)?.panel ?? null
    const panelKey = `panel\u0000${panel}\u0000${finding.service}`
    if (panel && finding.service !== null && !seen.has(panelKey)) {
      seen.add(panelKey)
      const openTitle = `Open ${PANEL_TITLES[panel]} for ${finding.service}`
      panels.push({ title: openTitle, kind: 'quickfix', command: { id: OPEN_PANEL_COMMAND, title: openTitle, arguments: [finding, panel] } })
    }
    const whyKey = `why\u0000${finding.ruleId}`
    if (!seen.has(whyKey)) {
      seen.add(whyKey)
      const whyTitle = `Why? ${RULE_BY_ID.get(finding.ruleId)?.title ?? finding.ruleId} · ${finding.ruleId}`
      explanations.push({ title: whyTitle, kind: 'quickfix', command: { id: EXPLAIN_COMMAND, title: whyTitle, arguments: [finding.ruleId] } })
    }
  }
  const rank = (a: languages.CodeAction) => (a.isPreferred ? 0 : 1)
  return [...fixes.sort((a, b) => rank(a) - rank(b)), ...panels, ...explanations]
}

export function registerQuickFixes(monaco: Monaco, ed: editor.IStandaloneCodeEditor, store: AppStore, markers: FindingMarkers): IDisposable {
  const model = ed.getModel()
  const applyFix = monaco.editor.registerCommand(APPLY_FIX_COMMAND, (_accessor: unknown, finding: Finding) => {
    store.getState().actions.applyEdit((file) => planFix(finding, file))
  })
  const reviewFix = monaco.editor.registerCommand(REVIEW_FIX_COMMAND, (_accessor: unknown, finding: Finding) => {
    store.getState().actions.reviewFix(finding)
  })
  const openPanel = monaco.editor.registerCommand(OPEN_PANEL_COMMAND, (_accessor: unknown, finding: Finding, panel: string) => {
    store.getState().actions.revealFinding(finding, panel)
  })
  const explain = monaco.editor.registerCommand(EXPLAIN_COMMAND, (_accessor: unknown, ruleId: string) => {
    store.getState().actions.explainRule(ruleId)
  })
  const provider = monaco.languages.registerCodeActionProvider(
    'yaml',
    {
      provideCodeActions(target, range) {
        if (target !== model) return undefined
        const actions = findingActions(markers.findingsOn(range.startLineNumber, range.endLineNumber))
        return { actions, dispose() {} }
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  )
  return {
    dispose() {
      provider.dispose()
      applyFix.dispose()
      reviewFix.dispose()
      openPanel.dispose()
      explain.dispose()
    },
  }
}
