// Reads one CLI input and reports on it; every failure becomes a FileResult with an error, never an exception.
import type { ReportOptions } from '../scoring/report'
import { reportOnText } from '../report/report-on-text'
import type { FileResult } from '../report/file-result'
import { describeReadError } from './io'
import type { Io } from './io'

export { refusal, reportOnText } from '../report/report-on-text'

export async function readInput(path: string, io: Io): Promise<{ text: string } | { error: string }> {
  try {
    return { text: path === '-' ? await io.readStdin() : await io.readFile(path) }
  } catch (err) {
    return { error: describeReadError(err) }
  }
}

export async function analyzeInput(path: string, io: Io, options: ReportOptions = {}): Promise<FileResult> {
  const input = await readInput(path, io)
  if ('error' in input) return { path, report: null, error: { message: input.error } }
  return reportOnText(path, input.text, options)
}
