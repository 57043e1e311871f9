#!/usr/bin/env node
// The committed entry of `secure-compose`: loads the bundle that `npm ci` (postinstall) builds from src/cli.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const bundle = new URL('../dist-cli/secure-compose.mjs', import.meta.url)
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('secure-compose: the CLI is not built (dist-cli/secure-compose.mjs is missing). Run `npm run build:cli` (or `npm ci`) in the project first.\n')
  process.exit(2)
}
await import(bundle.href)
