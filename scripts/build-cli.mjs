// Bundles the secure-compose CLI (src/cli) into one self-contained ESM file for Node.
// Runs on `npm ci` / `npm install` (the `prepare` script), so `npx secure-compose` works right after install.
import { existsSync, readFileSync } from 'node:fs'
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
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const homepage = pkg.homepage ?? (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url)
await esbuild.build({
  entryPoints: [entry],
  outfile: join(root, 'dist-cli/secure-compose.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // src/cli/version.ts falls back to placeholders when these are not defined (unbundled test runs).
  define: {
    __SECURE_COMPOSE_VERSION__: JSON.stringify(pkg.version),
    ...(homepage ? { __SECURE_COMPOSE_HOMEPAGE__: JSON.stringify(homepage.replace(/^git\+/, '').replace(/\.git$/, '')) } : {}),
  },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
})
