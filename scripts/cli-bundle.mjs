// The one esbuild configuration of the secure-compose bundle: build-cli.mjs (the clone's dist-cli/) and
// build-package.mjs (the npm package's dist/) both call it, so the installed CLI is the one the tests run.
//
// Startup is most of the cost of checking a small file, so the bundle is made to load fast (callgrind on Node 20,
// `check` of an 18-line file: node alone 512 M instructions, the previous bundle 718 M, this one 676 M; docs/ci.md):
// one ESM file, no source map to load, whitespace and syntax minified (names kept, so SECURE_COMPOSE_DEBUG stack
// traces stay readable), and yaml's ES-module build instead of its CommonJS one (no CommonJS wrappers or require shim
// to run at load).
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * Writes the bundle and returns the npm packages bundled into it (for the licence notices).
 * @param {typeof import('esbuild')} esbuild
 * @param {{ root: string, outfile: string, packageJson: string }} options packageJson: the package.json whose
 *   version (and homepage or repository) the bundle reports
 */
export async function buildCliBundle(esbuild, { root, outfile, packageJson }) {
  const pkg = JSON.parse(readFileSync(packageJson, 'utf8'))
  const homepage = pkg.homepage ?? (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url)
  const yamlDir = dirname(createRequire(join(root, 'package.json')).resolve('yaml/package.json'))
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile,
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    plugins: [{
      // yaml's package.json sends Node to its CommonJS build; its ES-module build (the one the app bundles) is the
      // same code without the CommonJS wrappers.
      name: 'yaml-esm',
      setup(build) {
        build.onResolve({ filter: /^yaml$/ }, () => ({ path: join(yamlDir, 'browser/index.js') }))
      },
    }],
    // src/report/version.ts falls back to placeholders when these are not defined (unbundled test runs).
    define: {
      __SECURE_COMPOSE_VERSION__: JSON.stringify(pkg.version),
      ...(homepage ? { __SECURE_COMPOSE_HOMEPAGE__: JSON.stringify(homepage.replace(/^git\+/, '').replace(/\.git$/, '')) } : {}),
    },
  })
  return bundledPackages(root, Object.keys(result.metafile.inputs))
}

/** The npm packages whose code is inside the bundle: name, version, licence and the text of their licence file. */
function bundledPackages(root, inputs) {
  const dirs = new Set()
  for (const input of inputs) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (m) dirs.add(m[1])
  }
  return [...dirs].sort().map((dir) => {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'))
    const file = readdirSync(join(root, dir)).find((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f))
    if (!file) throw new Error(`${pkg.name} is bundled into the CLI but ships no licence file to copy into the notices`)
    return { name: pkg.name, version: pkg.version, license: pkg.license, text: readFileSync(join(root, dir, file), 'utf8').trim() }
  })
}
