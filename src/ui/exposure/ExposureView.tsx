// The exposure diagram of the document (a lazy chunk: ELK is loaded with it): services with their grades, networks as
// groups, and what reaches the host, laid out by ELK; a service selected here is the one the forms show. Below it,
// the same in sentences for screen readers and for reading.
import { useId, useMemo, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { buildExposureGraph } from '../../exposure/build-graph'
import type { ExposureGraph } from '../../exposure/graph-types'
import type { Grade } from '../../scoring/score'
import { selectReport } from '../../store/analysis-selectors'
import { selectParseError, selectSelectedService, selectShown } from '../../store/selectors'
import { pageTheme } from '../../store/theme'
import type { ThemeState } from '../../store/theme'
import { useActions, useApp } from '../../store/use-app'
import { buttonClass } from '../controls/styles'
import { DiagramLegend } from './DiagramLegend'
import { DiagramSvg } from './DiagramSvg'
import { ExposureStatements } from './ExposureStatements'
import { PALETTES } from './diagram-palette'
import { downloadBlob } from '../controls/download'
import { svgMarkup, svgToPng } from './diagram-export'
import { useExposureLayout } from './use-exposure-layout'

const PRESSED = 'aria-pressed:border-emerald-300 aria-pressed:bg-emerald-50 aria-pressed:text-emerald-800 dark:aria-pressed:border-emerald-700 dark:aria-pressed:bg-emerald-950/60 dark:aria-pressed:text-emerald-200'

const themeStore = pageTheme()
const selectTheme = (s: ThemeState) => s.theme

/** The graph, the same object while nothing it shows changes, so an edit elsewhere in the text costs no layout. */
function useExposureGraph(): ExposureGraph {
  const file = useApp(selectShown)
  const services = useApp((s) => selectReport(s).services)
  const gradeKey = services.map((s) => `${s.name}\u0000${s.grade}`).join('\u0001')
  const grades = useMemo(() => new Map(gradeKey ? gradeKey.split('\u0001').map((e) => e.split('\u0000') as [string, Grade]) : []), [gradeKey])
  const built = useMemo(() => buildExposureGraph(file, grades), [file, grades])
  const key = JSON.stringify(built)
  const [kept, setKept] = useState({ key, graph: built })
  // Adjusting state while rendering (React's documented pattern): a new object only when the content differs.
  if (kept.key !== key) setKept({ key, graph: built })
  return kept.key === key ? kept.graph : built
}

function describe(graph: ExposureGraph): string {
  const risks = graph.statements.filter((s) => s.exposure === 'risk').length
  const n = graph.services.length
  return `${n} service${n === 1 ? '' : 's'} on ${graph.networks.length} network${graph.networks.length === 1 ? '' : 's'}, ${risks} risk${risks === 1 ? '' : 's'}. Each edge is written out in the list "The diagram in words".`
}

export default function ExposureView() {
  const graph = useExposureGraph()
  const { shown, pending, error } = useExposureLayout(graph)
  const selected = useApp(selectSelectedService)?.name ?? null
  const stale = useApp(selectParseError) !== null
  const { selectService } = useActions()
  const palette = PALETTES[useStore(themeStore, selectTheme)]
  const svg = useRef<SVGSVGElement>(null)
  const [exportError, setExportError] = useState<string | null>(null)
  const [fit, setFit] = useState(true)
  const wordsId = useId()

  const exportSvg = () => {
    if (svg.current) downloadBlob(new Blob([svgMarkup(svg.current)], { type: 'image/svg+xml' }), 'compose-exposure.svg')
  }
  const exportPng = async () => {
    if (!svg.current || !shown) return
    try {
      setExportError(null)
      downloadBlob(await svgToPng(svgMarkup(svg.current), shown.layout.width, shown.layout.height), 'compose-exposure.png')
    } catch (e) {
      setExportError(`The PNG could not be made: ${e instanceof Error ? e.message : String(e)} Export the SVG instead.`)
    }
  }

  return (
    <div className="space-y-3 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <DiagramLegend palette={palette} />
        <div className="flex gap-1.5">
          <button type="button" className={`${buttonClass} ${PRESSED}`} aria-pressed={fit} onClick={() => setFit(!fit)}>Fit to width</button>
          <div role="group" aria-label="Export the diagram" className="flex gap-1.5">
          <button type="button" className={buttonClass} disabled={!shown} onClick={exportSvg}>Export SVG</button>
          <button type="button" className={buttonClass} disabled={!shown} onClick={() => void exportPng()}>Export PNG</button>
          </div>
        </div>
      </div>
      {exportError && <p role="alert" className="text-xs text-rose-700 dark:text-rose-300">{exportError}</p>}
      {stale && (
        <p className="rounded-md bg-amber-50 px-2.5 py-1.5 text-xs text-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
          The YAML cannot be read right now: the diagram shows its last readable version.
        </p>
      )}
      <div role="status" className="text-xs text-slate-500 dark:text-slate-400">
        {error ? `The diagram could not be laid out: ${error}` : pending ? (shown ? 'Updating the diagram…' : 'Laying out the diagram…') : ''}
      </div>
      {shown && shown.graph.services.length > 0 && (
        <div className="overflow-auto rounded-lg border border-slate-200 dark:border-slate-700" style={{ background: palette.background }}>
          <DiagramSvg
            ref={svg}
            layout={shown.layout}
            palette={palette}
            title="Exposure diagram of compose.yaml"
            description={describe(shown.graph)}
            selected={selected}
            onSelect={selectService}
            fit={fit}
          />
        </div>
      )}
      <ExposureStatements statements={graph.statements} id={wordsId} />
    </div>
  )
}
