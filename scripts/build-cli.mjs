// Bundles the secure-compose CLI (src/cli) into one self-contained ESM file for Node.
// Runs on `npm ci` / `npm install` (the `prepare` script), so `npx secure-compose` works right after install.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const entry = join(root, 'src/cli/main.ts')
if (!existsSync(entry)) process.exit(0)
let esbuild
try {
  esbuild = await import('esbuild')
} catch {
  // A production-only install has no esbuild; the committed wrapper explains what to do.
  console.warn('secure-compose: esbuild is not installed, CLI bundle not rebuilt')
  process.exit(0)
}
await esbuild.build({
  entryPoints: [entry],
  outfile: join(root, 'dist-cli/secure-compose.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
})
