// The CLI's only contact with the outside world; run() takes it as a parameter so tests can fake it.
export interface Io {
  /** Reads a file as UTF-8; rejects with a Node error (code ENOENT, EACCES, EISDIR, …) or a TooLarge error. */
  readFile(path: string): Promise<string>
  readStdin(): Promise<string>
  writeFile(path: string, text: string): Promise<void>
  stdout(text: string): void
  stderr(text: string): void
  /** Whether stdout is a terminal (colour is used only then). */
  isTTY: boolean
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  /** What is at a path (symbolic links followed); optional so that simple fakes need not have it. */
  kind?(path: string): Promise<'file' | 'dir' | 'none'>
  /** The entries of a directory, without `.` and `..`. */
  readDir?(path: string): Promise<Array<{ name: string; dir: boolean }>>
}

/** A file too large to read at all (the parser's own, lower limit applies to what is read). */
export class TooLargeError extends Error {
  readonly bytes: number
  constructor(bytes: number) {
    super(`the file is ${(bytes / (1024 * 1024)).toFixed(1)} MB, far above the 1 MB limit; it is not read`)
    this.bytes = bytes
  }
}

/** Inputs above this are refused without reading them (a 10 GB file or an endless pipe). */
export const READ_LIMIT = 16 * 1024 * 1024

/** One line for stderr from a read failure: what is wrong, never a stack trace. */
export function describeReadError(err: unknown): string {
  if (err instanceof TooLargeError) return err.message
  const code = (err as { code?: string } | null)?.code
  switch (code) {
    case 'ENOENT': return 'file not found'
    case 'EACCES': case 'EPERM': return 'permission denied'
    case 'EISDIR': return 'is a directory, not a file'
    case 'ENOTDIR': return 'a part of the path is not a directory'
    case 'ELOOP': return 'too many symbolic links'
    default: return `cannot be read (${code ?? (err instanceof Error ? err.message : String(err))})`
  }
}
