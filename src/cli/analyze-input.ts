// Reads one CLI input and reports on it; every failure becomes a FileResult with an error, never an exception.
import { reportForText } from '../scoring/report'
import type { ReportOptions } from '../scoring/report'
import type { ComposeFile } from '../compose/types'
import { notComposeReason } from './compose-file'
import type { FileResult } from './file-result'
import { describeReadError } from './io'
import type { Io } from './io'

export async function readInput(path: string, io: Io): Promise<{ text: string } | { error: string }> {
  try {
    return { text: path === '-' ? await io.readStdin() : await io.readFile(path) }
  } catch (err) {
    return { error: describeReadError(err) }
  }
}

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

export async function analyzeInput(path: string, io: Io, options: ReportOptions = {}): Promise<FileResult> {
  const input = await readInput(path, io)
  if ('error' in input) return { path, report: null, error: { message: input.error } }
  return reportOnText(path, input.text, options)
}
