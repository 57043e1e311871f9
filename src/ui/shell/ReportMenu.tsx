// "Export report": a menu button (WAI-ARIA menu pattern) of the report's formats. Each item downloads the analysis of
// the document as it is now; JSON and SARIF are the CLI's (src/report/export-report.ts), loaded on first use.
import { REPORT_FORMATS } from '../../report/report-formats'
import type { ReportFormat } from '../../report/report-formats'
import { useAppStore } from '../../store/use-app'
import { toolbarButtonClass } from '../controls/styles'
import { useMenuButton } from '../controls/use-menu-button'
import type { Say } from './ImportControls'

interface ReportMenuProps {
  say: Say
  /** The document's file name (the report is named after it, and JSON/SARIF name it as the CLI would). */
  documentName: string
  download(text: string, name: string, type: string): void
}

export function ReportMenu({ say, documentName, download }: ReportMenuProps) {
  const store = useAppStore()
  const { open, close, buttonProps, menuProps, itemRef } = useMenuButton(REPORT_FORMATS.length)

  const choose = async (format: ReportFormat) => {
    close(true)
    const { text, ticked } = store.getState()
    try {
      const { exportReport } = await import('../../report/export-report')
      const report = exportReport(text, format, { name: documentName, ticked })
      download(report.content, report.fileName, report.mime)
      say({ tone: 'success', text: `Downloaded ${report.fileName}.` })
    } catch (e) {
      say({ tone: 'error', text: `The report could not be made: ${e instanceof Error ? e.message : String(e)}.` })
    }
  }

  return (
    <div className="relative">
      <button {...buttonProps} type="button" className={toolbarButtonClass}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 3h8l4 4v14H6zM9 12h6M9 16h6M9 8h2" />
        </svg>
        Export report
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-3 w-3 opacity-70" fill="currentColor">
          <path d="M5.5 7.5 10 12l4.5-4.5z" />
        </svg>
      </button>
      {open && (
        <div
          {...menuProps}
          aria-label="Export report"
          className="absolute top-full right-0 z-40 mt-1.5 w-64 rounded-lg border border-slate-200 bg-white p-1 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100"
        >
          {REPORT_FORMATS.map((f, i) => (
            <button
              key={f.format}
              ref={itemRef(i)}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => void choose(f.format)}
              className="flex w-full flex-col items-start rounded-md px-3 py-2 text-left hover:bg-slate-100 focus:bg-emerald-50 focus:outline-none dark:hover:bg-slate-700 dark:focus:bg-emerald-950/60"
            >
              <span className="text-sm font-medium">{f.label}</span>
              <span className="text-xs text-slate-500 dark:text-slate-400">{HINTS[f.format]}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  )
}

const HINTS: Readonly<Record<ReportFormat, string>> = {
  markdown: 'Score, grades, checklist, findings, waivers',
  html: 'The same as one page that opens offline',
  json: 'What secure-compose check --format json prints',
  sarif: 'For code scanning, as the CLI writes it',
}
