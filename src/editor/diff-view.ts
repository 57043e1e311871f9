// The harden dialog's read-only Monaco diff (original | hardened), loaded with the editor chunk; it owns its two models.
// Its colours need nothing here: Monaco themes are global, and the page's editor keeps them in step (theme.ts).
import type { editor, IDisposable } from 'monaco-editor/editor'
import { EDITOR_FONT, monaco } from './monaco-setup'

export interface DiffView extends IDisposable {
  /** Shows a new hardened text; the original stays. */
  setModified(text: string): void
}

let serial = 0

/** What screen readers call the two sides. */
export interface DiffLabels {
  original: string
  modified: string
}

const HARDEN_LABELS: DiffLabels = { original: 'Current compose file (read-only)', modified: 'Hardened compose file (read-only)' }

export function createDiffView(container: HTMLElement, original: string, modified: string, names: DiffLabels = HARDEN_LABELS): DiffView {
  const options: editor.IDiffEditorConstructionOptions = {
    readOnly: true,
    originalEditable: false,
    automaticLayout: true,
    renderSideBySide: true,
    useInlineViewWhenSpaceIsLimited: true,
    renderSideBySideInlineBreakpoint: 760,
    hideUnchangedRegions: { enabled: true, contextLineCount: 3, minimumLineCount: 3, revealLineCount: 20 },
    ignoreTrimWhitespace: false,
    // Monaco gives up after 5 s by default and then shows a crude diff without hidden unchanged regions: on a busy
    // machine that is a real file's diff. It runs in the editor worker, so waiting costs the page nothing.
    maxComputationTime: 0,
    renderMarginRevertIcon: false,
    renderGutterMenu: false,
    renderOverviewRuler: false,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    ...EDITOR_FONT,
    fixedOverflowWidgets: true,
    originalAriaLabel: names.original,
    modifiedAriaLabel: names.modified,
  }
  const diff = monaco.editor.createDiffEditor(container, options)
  handHoverFactoryBack()
  const labels = nameUnchangedRegionControls(container)

  // The rest in tasks of their own (each model of a 600 KB file takes tens of ms, attaching both lays out every line),
  // so no step holds the page for long. Own URIs, outside the compose schema's fileMatch: these are views, not
  // documents to validate.
  const id = ++serial
  let latest = modified
  let originalModel: editor.ITextModel | null = null
  let models: { original: editor.ITextModel; modified: editor.ITextModel; view: editor.IDiffEditorViewModel } | null = null
  const steps = oneTaskEach([
    () => {
      originalModel = monaco.editor.createModel(original, 'yaml', monaco.Uri.parse(`inmemory://harden/${id}/original.yaml`))
    },
    () => {
      const modifiedModel = monaco.editor.createModel(latest, 'yaml', monaco.Uri.parse(`inmemory://harden/${id}/hardened.yaml`))
      // The page owns the view model: Monaco never disposes one it makes in setModel (its first reference leaks,
      // 0.57), so a diff still computing when the dialog closes would come back for disposed models and throw "no diff
      // result available". Disposing it cancels that computation.
      const view = diff.createViewModel({ original: originalModel!, modified: modifiedModel })
      models = { original: originalModel!, modified: modifiedModel, view }
    },
    () => diff.setModel(models!.view),
  ])
  return {
    setModified(text) {
      latest = text
      if (models && models.modified.getValue() !== text) models.modified.setValue(text)
    },
    dispose() {
      steps.cancel()
      labels.dispose()
      diff.dispose()
      if (models) {
        models.view.dispose()
        models.modified.dispose()
      }
      originalModel?.dispose()
    },
  }
}

/** Runs the steps in order, one per task (setTimeout 0), so the page can draw and take input between them. */
function oneTaskEach(steps: ReadonlyArray<() => void>): { cancel(): void } {
  let next = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const run = () => {
    steps[next++]()
    timer = next < steps.length ? setTimeout(run, 0) : undefined
  }
  timer = setTimeout(run, 0)
  return { cancel: () => clearTimeout(timer) }
}

/**
 * The controls of a hidden unchanged region are `role="button"` elements with only a title. For the icon-only one
 * ("Show Unchanged Region") the browser takes the icon font's glyph as the name and ignores the title, so screen
 * readers announce an empty button. Monaco re-creates them as the diff changes: each is named by its title as it appears.
 */
function nameUnchangedRegionControls(root: HTMLElement): IDisposable {
  const name = () => {
    for (const el of root.querySelectorAll<HTMLElement>('.diff-hidden-lines [role="button"][title]:not([aria-label])')) el.setAttribute('aria-label', el.title)
  }
  name()
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.addedNodes.length > 0)) name()
  })
  observer.observe(root, { childList: true, subtree: true })
  return { dispose: () => observer.disconnect() }
}

/**
 * Monaco keeps one global factory for hover delegates, bound to the services of the editor constructed last
 * (microsoft/monaco-editor#4612, still in 0.57). The diff's inner editors take it over with services the diff
 * disposes, after which every hover with actions in the page's editor throws "InstantiationService has been
 * disposed" until reload. Constructing a bare editor (no model) binds it back to the page-wide services; with the page's
 * font, whose measurement Monaco has cached, it costs a few ms.
 */
function handHoverFactoryBack(): void {
  monaco.editor.create(document.createElement('div'), { model: null, ...EDITOR_FONT }).dispose()
}
