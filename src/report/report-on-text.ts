// A text's FileResult as the CLI's `check` makes it (and the page's report export): the report, and the refusal when
// the text cannot be analysed. Pure: the CLI reads the file, the page passes its document.
import { reportForText } from '../scoring/report'
import type { ReportOptions } from '../scoring/report'
import type { ComposeFile } from '../compose/types'
import { notComposeReason } from './compose-file'
import type { FileResult } from './file-result'

export function reportOnText(path: string, text: string, options: ReportOptions = {}): FileResult {
  const { file, report } = reportForText(text, options)
  const error = refusal(file)
  return error ? { path, report, error } : { path, report }
}

/** Why a parsed input cannot be analysed: its first parse error (with its line), or that it is not a Compose file. */
export function refusal(file: ComposeFile): FileResult['error'] {
  if (file.errors.length === 0) {
    const notCompose = notComposeReason(file.data)
    return notCompose ? { message: notCompose } : undefined
  }
  const [first, ...more] = file.errors
  const extra = more.length ? ` (and ${more.length} more problem${more.length === 1 ? '' : 's'})` : ''
  return { message: first.message + extra, line: first.line, column: first.column }
}
