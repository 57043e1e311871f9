// The combined change as a Monaco diff. Monaco comes with the editor chunk, loaded on first use.
import { useEffect, useRef, useState } from 'react'
import type { DiffLabels, DiffView } from '../../editor/diff-view'

interface HardenDiffProps {
  original: string
  modified: string
  computing?: boolean
  /** The sides' accessible names; Harden's by default (the docker run import names its own). */
  labels?: DiffLabels
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export function HardenDiff({ original, modified, computing = false, labels }: HardenDiffProps) {
  const labelsRef = useRef(labels)
  const container = useRef<HTMLDivElement>(null)
  const view = useRef<DiffView | null>(null)
  // While the hardened text is computed the view waits for it, rather than showing the file against itself.
  const shown = computing ? null : modified
  const latest = useRef(shown)
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading')

  useEffect(() => {
    latest.current = shown
    if (shown !== null) view.current?.setModified(shown)
  }, [shown])

  useEffect(() => {
    let disposed = false
    // The diff editor is built after the dialog has been drawn, in a task of its own: an already loaded chunk's import
    // resolves at once, and building it in the opening task made one long freeze of both.
    import('../../editor/diff-view')
      .then(async ({ createDiffView }) => {
        await nextTask()
        if (disposed || !container.current) return
        const created = createDiffView(container.current, original, latest.current, labelsRef.current)
        view.current = created
        await created.ready
        if (!disposed) setState('ready')
      })
      .catch(() => !disposed && setState('failed'))
    return () => {
      disposed = true
      view.current?.dispose()
      view.current = null
    }
  }, [original])

  return (
    <div className="relative h-full min-h-64">
      <div ref={container} className="absolute inset-0" data-testid="harden.diff" />
      {(state !== 'ready' || computing) && (
        <p className="absolute inset-0 flex items-center justify-center bg-white/70 text-sm text-slate-500 dark:bg-slate-900/70 dark:text-slate-400">
          {state === 'failed' ? 'The diff view could not be loaded; the fixes can still be applied.' : computing ? 'Computing the hardened version…' : 'Loading the diff…'}
        </p>
      )}
    </div>
  )
}
