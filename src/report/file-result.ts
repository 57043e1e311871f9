// One analysed input (a CLI argument, or the page's document): its report, or why it could not be analysed.
import type { Report } from '../scoring/report'

export interface FileResult {
  /** The path as given on the command line; '-' for standard input; the download name on the page. */
  path: string
  /** Null when the input could not be read; parse failures still have a report (with `errors`). */
  report: Report | null
  /** Set when the input cannot be analysed: unreadable, invalid YAML, or not a Compose file. */
  error?: { message: string; line?: number; column?: number }
}
