// Builds the bundle of the npm package packages/secure-compose (its `prepack`, or `npm run build:package`):
// dist/secure-compose.mjs with the package's own version, and dist/THIRD-PARTY-NOTICES.txt with the licence of every
// package bundled into it. The package has no runtime dependencies: yaml and the core are inside the bundle.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import * as esbuild from 'esbuild'
import { buildCliBundle } from './cli-bundle.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dir = join(root, 'packages/secure-compose')
const bundled = await buildCliBundle(esbuild, { root, outfile: join(dir, 'dist/secure-compose.mjs'), packageJson: join(dir, 'package.json') })
const notices = bundled.map((p) => `${p.name} ${p.version} (${p.license})\n\n${p.text}\n`)
writeFileSync(join(dir, 'dist/THIRD-PARTY-NOTICES.txt'),
  `dist/secure-compose.mjs contains the code of these npm packages, under their own licences:\n\n${notices.join('\n---\n\n')}`)
