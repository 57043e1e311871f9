// Bundles the secure-compose CLI (src/cli) into one self-contained ESM file for Node, for use inside the clone.
// Runs on `npm ci` / `npm install` (the `postinstall` script), so `npx secure-compose` works right after install.
// Not `prepare`: npm prints its banner into the output of `npm pack`, which pre-commit reads as the tarball's name when
// it installs the hook (.pre-commit-hooks.yaml). In an installed copy of this package (pre-commit's global install)
// there is no src/ and nothing to do. The npm package (packages/secure-compose) gets the same bundle from build-package.mjs.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import { buildCliBundle } from './cli-bundle.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
if (!existsSync(join(root, 'src/cli/main.ts'))) process.exit(0)
let esbuild
try {
  esbuild = await import('esbuild')
} catch {
  // A production-only install has no esbuild; the committed wrapper explains what to do.
  console.warn('secure-compose: esbuild is not installed, CLI bundle not rebuilt')
  process.exit(0)
}
await buildCliBundle(esbuild, { root, outfile: join(root, 'dist-cli/secure-compose.mjs'), packageJson: join(root, 'package.json') })
