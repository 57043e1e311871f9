// Reads one CLI input and reports on it; every failure becomes a FileResult with an error, never an exception.
import { reportForText } from '../scoring/report'
import type { ReportOptions } from '../scoring/report'
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
  const { report } = reportForText(text, options)
  if (report.errors.length === 0) return { path, report }
  const [first, ...more] = report.errors
  const extra = more.length ? ` (and ${more.length} more problem${more.length === 1 ? '' : 's'})` : ''
  return { path, report, error: { message: first.message + extra, line: first.line, column: first.column } }
}

export async function analyzeInput(path: string, io: Io, options: ReportOptions = {}): Promise<FileResult> {
  const input = await readInput(path, io)
  if ('error' in input) return { path, report: null, error: { message: input.error } }
  return reportOnText(path, input.text, options)
}
