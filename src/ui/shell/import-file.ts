// A file is checked before it replaces the document: text only, at most MAX_BYTES, decoded as UTF-8 with LF line ends.
import { MAX_BYTES } from '../../compose/read/parse'

/** What the file picker offers; a dropped file of another name is still read when its content is text. */
export const ACCEPT = '.yml,.yaml'

/** The part of a File the checks need (tests pass plain objects). */
export interface FileFacts {
  name: string
  size: number
  type: string
}

export type ImportResult = { ok: true; name: string; text: string } | { ok: false; error: string }

const BINARY_TYPE = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-tar|x-7z-compressed|x-rar-compressed|octet-stream|vnd\.|msword|x-msdownload|wasm)/

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Number((bytes / (1024 * 1024)).toFixed(1))} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`

/** Why the file cannot be opened, judged before reading it (size, declared type); null when it may be read. */
export function importProblem(file: FileFacts): string | null {
  if (file.size > MAX_BYTES) {
    return `${file.name} is ${sizeText(file.size)}; files over ${sizeText(MAX_BYTES)} cannot be opened. Open the compose file itself, or split it.`
  }
  if (BINARY_TYPE.test(file.type)) return notText(file.name, file.type)
  return null
}

/** The document to open from the file's bytes, or why it cannot be opened (binary or not UTF-8). */
export function decodeImport(file: FileFacts, bytes: Uint8Array): ImportResult {
  const problem = importProblem({ ...file, size: Math.max(file.size, bytes.byteLength) })
  if (problem) return { ok: false, error: problem }
  if (bytes.includes(0)) return { ok: false, error: notText(file.name) }
  let text: string
  try {
    // fatal: invalid UTF-8 is refused rather than shown as replacement characters; a leading BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, error: `${file.name} is not UTF-8 text. Save it as UTF-8 and open it again.` }
  }
  // The editor keeps LF line ends; a CRLF document would differ from the model byte for byte after every edit.
  return { ok: true, name: file.name, text: text.replace(/\r\n?/g, '\n') }
}

function notText(name: string, type?: string): string {
  return `${name} is not a text file${type ? ` (${type})` : ''}. Open a compose file (.yaml or .yml).`
}
