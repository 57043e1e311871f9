// The harden dialog's read-only Monaco diff (original | hardened), loaded with the editor chunk; it owns its two models.
// Its colours need nothing here: Monaco themes are global, and the page's editor keeps them in step (theme.ts).
import type { editor, IDisposable } from 'monaco-editor/editor'
import { EDITOR_FONT, monaco } from './monaco-setup'

export interface DiffView extends IDisposable {
  /** Shows a new hardened text (the first one attaches the models); the original stays. */
  setModified(text: string): void
  /** Settles when the first diff has been computed, so the view shows it. */
  readonly ready: Promise<void>
}

let serial = 0

/** What screen readers call the two sides. */
export interface DiffLabels {
  original: string
  modified: string
}

const HARDEN_LABELS: DiffLabels = { original: 'Current compose file (read-only)', modified: 'Hardened compose file (read-only)' }

/** `modified` null: not known yet (the view waits for `setModified`). */
export function createDiffView(container: HTMLElement, original: string, modified: string | null, names: DiffLabels = HARDEN_LABELS): DiffView {
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
    // A read-only view: none of an editor's reading aids, each of which walks the whole file when the models are
    // attached or asks the yaml worker (folding ranges, the outline for sticky scroll, bracket pairs, links).
    folding: false,
    stickyScroll: { enabled: false },
    bracketPairColorization: { enabled: false },
    matchBrackets: 'never',
    guides: { indentation: false, bracketPairs: false, highlightActiveIndentation: false },
    renderLineHighlight: 'none',
    occurrencesHighlight: 'off',
    selectionHighlight: false,
    links: false,
    colorDecorators: false,
    codeLens: false,
    renderValidationDecorations: 'off',
    unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
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
  const viewModel = (text: string, side: string) => {
    const model = monaco.editor.createModel(text, 'yaml', monaco.Uri.parse(`inmemory://harden/${id}/${side}.yaml`))
    // Bracket pairs live on the model, parsed over the whole file on first render: nothing here shows them.
    model.updateOptions({ bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false } })
    return model
  }
  const tasks = taskQueue()
  tasks.add(() => {
    originalModel = viewModel(original, 'original')
  })
  // The hardened side is attached once it is known: a model attached early and then replaced would wait out Monaco's
  // 200 ms debounce and compute (and draw) a diff of the file against itself first.
  const attach = () =>
    tasks.add(
      () => {
        const modifiedModel = viewModel(latest!, 'hardened')
        // The page owns the view model: Monaco never disposes one it makes in setModel (its first reference leaks,
        // 0.57), so a diff still computing when the dialog closes would come back for disposed models and throw "no
        // diff result available". Disposing it cancels that computation.
        const view = diff.createViewModel({ original: originalModel!, modified: modifiedModel })
        models = { original: originalModel!, modified: modifiedModel, view }
      },
      () => diff.setModel(models!.view),
    )
  if (latest !== null) attach()
  let diffComputed: () => void = () => {}
  const ready = new Promise<void>((resolve) => (diffComputed = resolve))
  const firstDiff = diff.onDidUpdateDiff(() => diffComputed())
  return {
    ready,
    setModified(text) {
      const first = latest === null
      latest = text
      if (first) attach()
      else if (models && models.modified.getValue() !== text) models.modified.setValue(text)
    },
    dispose() {
      tasks.cancel()
      firstDiff.dispose()
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

/** Runs steps in the order added, one per task (setTimeout 0), so the page can draw and take input between them. */
function taskQueue(): { add(...steps: Array<() => void>): void; cancel(): void } {
  const queue: Array<() => void> = []
  let timer: ReturnType<typeof setTimeout> | undefined
  const schedule = () => {
    if (timer === undefined && queue.length > 0) timer = setTimeout(run, 0)
  }
  const run = () => {
    timer = undefined
    queue.shift()!()
    schedule()
  }
  return {
    add(...steps) {
      queue.push(...steps)
      schedule()
    },
    cancel() {
      clearTimeout(timer)
      timer = undefined
      queue.length = 0
    },
  }
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
