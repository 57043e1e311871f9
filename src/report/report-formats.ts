// The report's download formats (what the page's Export report menu lists); the renderers load only when one is chosen.
export type ReportFormat = 'markdown' | 'html' | 'json' | 'sarif'

export const REPORT_FORMATS: ReadonlyArray<{ format: ReportFormat; label: string; extension: string; mime: string }> = [
  { format: 'markdown', label: 'Markdown', extension: 'md', mime: 'text/markdown' },
  { format: 'html', label: 'HTML page', extension: 'html', mime: 'text/html' },
  { format: 'json', label: 'JSON', extension: 'json', mime: 'application/json' },
  { format: 'sarif', label: 'SARIF', extension: 'sarif', mime: 'application/sarif+json' },
]
