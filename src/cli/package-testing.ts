// Test helpers for the npm package packages/secure-compose: pack it as `npm pack` does for a release, run npm without
// the network or the user's cache, and serve the tarball from a registry on loopback (as the npm registry would).
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'

export const ROOT = resolve(__dirname, '../..')
export const PACKAGE_DIR = join(ROOT, 'packages/secure-compose')
export const PACKAGE_JSON = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
  name: string; version: string; bin: Record<string, string>; files: string[]; dependencies?: Record<string, string>
}

/** The environment for npm in a test: no npm_* settings inherited from `npm test`, a cache of its own, no audit, fund or update check. */
export function npmEnv(cache: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)))
  return {
    ...env, npm_config_cache: cache, npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false',
    NO_COLOR: '1', FORCE_COLOR: '', ...extra,
  }
}

/** `npm pack` of packages/secure-compose into dest (its prepack builds the bundle); returns the tarball's path and files. */
export function packPackage(dest: string, env: NodeJS.ProcessEnv): { tarball: string; files: string[] } {
  const out = execFileSync('npm', ['pack', './packages/secure-compose', '--pack-destination', dest, '--json'], {
    cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000,
  })
  const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>
  return { tarball: join(dest, info.filename), files: info.files.map((f) => f.path).sort() }
}

export interface Run { code: number | null; stdout: string; stderr: string; ms: number }

/** Runs a command without blocking the event loop (the loopback registry must answer meanwhile). */
export function runAsync(cmd: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Run> {
  const started = performance.now()
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d })
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d })
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
    child.on('error', fail)
    child.on('close', (code) => { clearTimeout(timer); done({ code, stdout, stderr, ms: performance.now() - started }) })
  })
}

/** A registry on 127.0.0.1 that knows one package: the packed tarball. Every request is logged in `requests`. */
export async function loopbackRegistry(tarball: string): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const data = readFileSync(tarball)
  const { name, version, ...manifest } = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as typeof PACKAGE_JSON
  const requests: string[] = []
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`)
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const tarballPath = `/${name}/-/${name}-${version}.tgz`
    if (req.url === `/${name}`) {
      const dist = {
        tarball: base + tarballPath,
        integrity: `sha512-${createHash('sha512').update(data).digest('base64')}`,
        shasum: createHash('sha1').update(data).digest('hex'),
      }
      const packument = { name, 'dist-tags': { latest: version }, versions: { [version]: { ...manifest, name, version, _id: `${name}@${version}`, dist } } }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(packument))
    } else if (req.url === tarballPath) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(data)
    } else {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}')
    }
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    requests,
    close: () => new Promise((closed) => server.close(() => closed())),
  }
}
