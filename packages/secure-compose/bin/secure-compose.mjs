#!/usr/bin/env node
// Entry of the installed `secure-compose`. On Node.js 22.1 and later it first asks Node to keep the compiled code of
// the bundle between runs (module.enableCompileCache, in the system's temporary folder, as TypeScript's tsc does):
// compiling the bundle is most of what a check of a small file costs. Without a writable cache it runs as before.
try {
  process.getBuiltinModule?.('node:module')?.enableCompileCache?.()
} catch {
  // Only a speed-up: never a reason to fail.
}
await import('../dist/secure-compose.mjs')
