// The real Io over node:fs and node:process.
import { readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { READ_LIMIT, TooLargeError } from './io'
import type { Io } from './io'

export function nodeIo(): Io {
  // `secure-compose check … | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw err })
  return {
    async readFile(path) {
      const info = await stat(path)
      if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' })
      if (info.size > READ_LIMIT) throw new TooLargeError(info.size)
      return readFile(path, 'utf8')
    },
    async readStdin() {
      const chunks: Buffer[] = []
      let size = 0
      for await (const chunk of process.stdin) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
        size += buf.length
        if (size > READ_LIMIT) throw new TooLargeError(size)
        chunks.push(buf)
      }
      return Buffer.concat(chunks).toString('utf8')
    },
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    stdout: (text) => { process.stdout.write(text) },
    stderr: (text) => { process.stderr.write(text) },
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    async kind(path) {
      try {
        return (await stat(path)).isDirectory() ? 'dir' : 'file'
      } catch {
        return 'none'
      }
    },
    async readDir(path) {
      const entries = await readdir(path, { withFileTypes: true })
      // A symbolic link is followed to tell a folder from a file (a dangling one counts as a file).
      return Promise.all(entries.map(async (e) => ({
        name: e.name,
        dir: e.isDirectory() || (e.isSymbolicLink() && (await stat(join(path, e.name)).then((s) => s.isDirectory(), () => false))),
      })))
    },
  }
}
