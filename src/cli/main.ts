// Entry of the `secure-compose` bundle: runs the CLI on process.argv; the only place that sets the exit code.
import process from 'node:process'
import { nodeIo } from './node-io'
import { run } from './run'

try {
  process.exitCode = await run(process.argv.slice(2), nodeIo())
} catch (err) {
  // A bug, not a user error: one line, no stack trace (SECURE_COMPOSE_DEBUG=1 shows it).
  process.stderr.write(`secure-compose: internal error: ${err instanceof Error ? err.message : String(err)}\n`)
  if (process.env.SECURE_COMPOSE_DEBUG) process.stderr.write(`${err instanceof Error ? err.stack : ''}\n`)
  process.exitCode = 2
}
