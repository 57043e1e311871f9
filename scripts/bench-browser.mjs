// `npm run bench:browser`: prints how the production build feels in Chromium (asserts nothing; CI does not run it).
// Per file: open it, type keys at a person's pace, toggle a form switch, open Harden; the times come from the app's
// User Timing marks (src/ui/shell/perf-marks.ts) and from keydown / click / long-task records kept in the page.
// Env: BENCH_FILES (comma list of paths; `xN:path` repeats the file's services N times under new names),
// BENCH_KEYS (40), BENCH_KEY_MS (120), BENCH_PORT (4191), BENCH_NO_BUILD=1 (reuse dist-bench), CHROMIUM_PATH,
// BENCH_SERVER=preview (serve through `vite preview` instead of as a static host would; see serveStatic).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { cpus, loadavg } from 'node:os'
import { dirname, extname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = 'dist-bench' // not dist-e2e: an e2e run may build and serve at the same time
// Not 4190: browsers and fetch refuse it (a "bad port", ManageSieve).
const PORT = Number(process.env.BENCH_PORT ?? 4191)
const BASE = `http://127.0.0.1:${PORT}`
const KEYS = Number(process.env.BENCH_KEYS ?? 40)
const KEY_MS = Number(process.env.BENCH_KEY_MS ?? 120)
const FILE_TIMEOUT_MIN = Number(process.env.BENCH_FILE_TIMEOUT_MIN ?? 15) // a last resort: every wait has its own timeout
const POSTHOG = 'test/corpus/coolify-templates/posthog.yaml'
const FILES = (process.env.BENCH_FILES ?? `${POSTHOG},x6:${POSTHOG}`).split(',').map((s) => s.trim()).filter(Boolean)
const VITE = join(root, 'node_modules/vite/bin/vite.js')
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** Thrown when a step does not finish in time: the message says which and what to check. */
class BenchError extends Error {}

// ---- the documents -------------------------------------------------------------------------------------------------

/** `text` with its `services:` block repeated `n` times, copy k > 1 naming its services `<name>-k`. */
function repeatServices(text, n) {
  const lines = text.split('\n')
  const start = lines.findIndex((l) => /^services:\s*$/.test(l))
  if (start < 0) throw new BenchError('cannot repeat services: the file has no top-level `services:` line')
  let end = lines.findIndex((l, i) => i > start && /^[^\s#]/.test(l))
  if (end < 0) end = lines.length
  while (end > start + 1 && lines[end - 1] === '') end-- // keep the trailing newline after the last copy
  const block = lines.slice(start + 1, end)
  const copies = []
  for (let k = 1; k <= n; k++) copies.push(...(k === 1 ? block : block.map((l) => l.replace(/^( {2})([\w.-]+):(\s*(#.*)?)$/, `$1$2-${k}:$3`))))
  return [...lines.slice(0, start + 1), ...copies, ...lines.slice(end)].join('\n')
}

function loadDocument(spec) {
  const m = /^x(\d+):(.+)$/.exec(spec)
  const path = resolve(root, m ? m[2] : spec)
  if (!existsSync(path)) throw new BenchError(`${spec}: no such file (BENCH_FILES takes paths relative to the repository)`)
  const text = readFileSync(path, 'utf8')
  const name = path.split('/').pop()
  return m ? { label: `${name} x${m[1]}`, name: name.replace(/(\.ya?ml)$/, `-x${m[1]}$1`), text: repeatServices(text, Number(m[1])) } : { label: name, name, text }
}

/** The 1-based line, nearest the middle, that ends in a plain scalar value outside block scalars (where keys go). */
function typingLine(text) {
  const lines = text.split('\n')
  const ok = []
  let blockIndent = -1 // indentation of the key that opened a block scalar (`key: |`), -1 outside one
  lines.forEach((l, i) => {
    const indent = l.search(/\S/)
    if (blockIndent >= 0 && (indent < 0 || indent > blockIndent)) return
    blockIndent = /:\s*[|>][-+0-9]*\s*$/.test(l) ? indent : -1
    if (/^\s+(- )?[\w.-]+(: |=)[\w./:@-]+$/.test(l)) ok.push(i + 1)
  })
  if (ok.length === 0) throw new BenchError('no line with a plain scalar value to type into')
  const middle = lines.length / 2
  return ok.reduce((best, n) => (Math.abs(n - middle) < Math.abs(best - middle) ? n : best))
}

// ---- build, server, browser ----------------------------------------------------------------------------------------

function build() {
  if (process.env.BENCH_NO_BUILD && existsSync(join(root, OUT, 'index.html'))) return
  console.log(`Building the production bundle into ${OUT}/ …`)
  // BENCH_ATTRIBUTE keeps names readable in the long frames' script attribution (and so measures a slightly bigger bundle).
  const minify = process.env.BENCH_ATTRIBUTE ? ['--minify', 'false'] : []
  const r = spawnSync(process.execPath, [VITE, 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn', ...minify], { cwd: root, stdio: 'inherit', timeout: 600_000 })
  if (r.status !== 0) throw new BenchError(`vite build failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`})`)
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.ttf': 'font/ttf', '.svg': 'image/svg+xml' }

/**
 * Serves the build as a static host does: each file gzipped once, up front (as precompressed assets or a CDN's cache
 * are), so no request costs the server CPU. `vite preview` gzips every response as it sends it, here on the same two
 * cores as the browser: about 0.2 s more before the editor shows text (BENCH_SERVER=preview measures that).
 */
async function serveStatic() {
  const dir = join(root, OUT)
  const files = new Map()
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else {
        const body = readFileSync(path)
        files.set(`/${relative(dir, path).split('\\').join('/')}`, { body, gzip: gzipSync(body, { level: 9 }), type: TYPES[extname(path)] ?? 'application/octet-stream' })
      }
    }
  }
  walk(dir)
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', BASE).pathname)
    const file = files.get(path === '/' ? '/index.html' : path)
    if (!file) return res.writeHead(404).end()
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
    res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) })
    res.end(gzip ? file.gzip : file.body)
  })
  await new Promise((ok, fail) => {
    server.once('error', (e) => fail(new BenchError(`cannot serve on port ${PORT}: ${e.message} (BENCH_PORT picks another port)`)))
    server.listen(PORT, '127.0.0.1', ok)
  })
  return { kill: () => server.close() }
}

async function startPreview() {
  const child = spawn(process.execPath, [VITE, 'preview', '--outDir', OUT, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += d))
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new BenchError(`vite preview exited (${child.exitCode}) on port ${PORT}: ${stderr.trim()} (BENCH_PORT picks another port)`)
    try {
      if ((await fetch(BASE)).ok) return child
    } catch {
      // not listening yet
    }
    await sleep(250)
  }
  child.kill()
  throw new BenchError(`vite preview did not answer on ${BASE} within 60 s`)
}

/** CHROMIUM_PATH, else a browser Playwright installed, else Debian's chromium package (as playwright.config.ts). */
function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    const bundled = chromium.executablePath()
    if (bundled && existsSync(bundled)) return bundled
  } catch {
    // No Playwright-managed browser: fall through to the system one.
  }
  return '/usr/bin/chromium'
}

/** Gzipped size of the JavaScript index.html loads itself (module scripts and modulepreloads), before any lazy chunk. */
function initialJs() {
  const html = readFileSync(join(root, OUT, 'index.html'), 'utf8')
  const urls = new Set()
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const module = tag.startsWith('<script') ? /type="module"/.test(tag) && /src="([^"]+)"/.exec(tag) : /rel="modulepreload"/.test(tag) && /href="([^"]+)"/.exec(tag)
    if (module) urls.add(module[1])
  }
  let raw = 0
  let gzip = 0
  for (const url of urls) {
    const bytes = readFileSync(join(root, OUT, url.replace(/^\//, '')))
    raw += bytes.length
    gzip += gzipSync(bytes).length
  }
  return { files: urls.size, raw, gzip }
}

// ---- in the page ---------------------------------------------------------------------------------------------------

/** Monaco's drawn lines, and the plain editor in its place while it loads (src/editor/PlainEditor.tsx; a textarea's
 * textContent is the text it started with). */
const EDITOR_TEXT = '.monaco-editor .view-lines'
const FILE_TEXT = '[data-testid="editor.plain"] textarea'

/** Page time of the first frame in which an element matching `selector` shows text. */
async function textTime(page, selector, failure) {
  const shown = await page
    .waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? '').trim().length > 0 && performance.now(), selector, { polling: 'raf', timeout: 60_000 })
    .catch(() => {
      throw new BenchError(failure)
    })
  return shown.jsonValue()
}

/** Runs before the app: keeps keydowns, clicks, the app's marks and long tasks in window.__bench. */
function instrument() {
  const b = (window.__bench = { keys: [], clicks: [], marks: [], longtasks: [], frames: [] })
  addEventListener('keydown', (e) => b.keys.push({ key: e.key, t: performance.now(), ts: e.timeStamp }), true)
  addEventListener('click', (e) => b.clicks.push({ t: performance.now(), ts: e.timeStamp }), true)
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name.startsWith('scd:')) b.marks.push({ name: e.name, t: e.startTime, chars: e.detail?.chars ?? null })
  }).observe({ type: 'mark', buffered: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longtasks.push({ t: e.startTime, d: e.duration })
  }).observe({ type: 'longtask', buffered: true })
  // Long animation frames name the scripts that made them: what BENCH_ATTRIBUTE prints.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const scripts = e.scripts.map((x) => ({ d: x.duration, what: `${x.invoker} ${x.sourceFunctionName || '?'} ${x.sourceURL.split('/').pop()}:${x.sourceCharPosition}` }))
      b.frames.push({ t: e.startTime, d: e.duration, render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0, scripts })
    }
  }).observe({ type: 'long-animation-frame', buffered: true })
}

/**
 * Waits for the first mark `name` at page time `after` or later whose chars are `is.chars` (when given) and not
 * `is.not` (when given), or fails with `why` after `timeout` ms.
 */
async function waitMark(page, name, after, is, timeout, why) {
  try {
    const handle = await page.waitForFunction(
      ({ name, after, is }) =>
        window.__bench.marks.find((m) => m.name === name && m.t >= after && (is.chars === undefined || m.chars === is.chars) && (is.not === undefined || m.chars !== is.not)) ?? false,
      { name, after, is },
      { timeout, polling: 100 },
    )
    return handle.jsonValue()
  } catch (e) {
    if (!/Timeout/i.test(String(e))) throw e
    const seen = await page.evaluate(({ name, after }) => window.__bench.marks.filter((m) => m.name === name && m.t >= after).map((m) => m.chars), { name, after })
    throw new BenchError(
      `no ${name} mark within ${timeout / 1000} s ${why} (${name} marks seen since: ${seen.length ? `chars ${seen.join(', ')}` : 'none'}). ` +
        'Did the app change? The marks are emitted in src/ui/shell/perf-marks.ts.',
    )
  }
}

const now = (page) => page.evaluate(() => performance.now())
/** Page time of the first click recorded after index `from`, waiting for it. */
const clickAfter = async (page, from) => (await page.waitForFunction((from) => window.__bench.clicks[from]?.t ?? false, from, { timeout: 30_000 })).jsonValue()

// ---- one file ------------------------------------------------------------------------------------------------------

async function benchFile(browser, doc) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  context.setDefaultTimeout(60_000) // clicks and waits on a busy 2-core machine; each failure names its locator
  const page = await context.newPage()
  await page.addInitScript(instrument)
  const r = { label: doc.label, lines: doc.text.split('\n').length, chars: doc.text.length, notes: [] }
  const step = (what) => (e) => {
    throw e instanceof BenchError ? new BenchError(`${doc.label}: ${what}: ${e.message}`) : e
  }
  try {
    await page.goto(BASE)
    await page.getByRole('heading', { level: 1, name: 'Secure Compose Designer' }).waitFor({ timeout: 60_000 }).catch(() => {
      throw new BenchError(`${doc.label}: the page did not show its heading within 60 s`)
    })
    // First load (the example document; a fresh context, so nothing cached): navigation to the file's text on screen
    // (the text view shown while Monaco loads, or Monaco), to Monaco's first drawn line, and to the first findings shown.
    r.fileText = await textTime(page, `${FILE_TEXT}, ${EDITOR_TEXT}`, `${doc.label}: the page showed no text of the file within 60 s of loading`)
    r.editorText = await textTime(page, EDITOR_TEXT, `${doc.label}: the editor showed no text within 60 s of loading the page`)
    const first = await waitMark(page, 'scd:findings-shown', 0, {}, 60_000, 'after loading the page').catch(step('load'))
    r.firstFindings = first.t
    await sleep(1000) // let the first document's editor, workers and save settle

    // A repeat visit: the browser has the chunks in its HTTP cache and their compiled code in V8's code cache.
    await page.reload()
    r.editorTextRepeat = await textTime(page, EDITOR_TEXT, `${doc.label}: the editor showed no text within 60 s of reloading the page`)
    await waitMark(page, 'scd:findings-shown', 0, {}, 60_000, 'after reloading the page').catch(step('reload'))
    await sleep(1000)
    const before = (await page.evaluate(() => window.__bench.marks.filter((m) => m.name === 'scd:findings-shown').at(-1)?.chars)) ?? first.chars

    // Open the file as a person would, through "Open…" (its hidden file input).
    const tOpen = await now(page)
    await page.getByLabel('Open a compose file').setInputFiles({ name: doc.name, mimeType: 'application/yaml', buffer: Buffer.from(doc.text) })
    const opened = await waitMark(page, 'scd:findings-shown', tOpen, { not: before }, 120_000, 'after opening the file').catch(step('open'))
    r.open = opened.t - tOpen
    const base = opened.chars
    if (base !== doc.text.length) r.notes.push(`the editor holds ${base} characters, the file ${doc.text.length}: lengths counted from ${base}`)
    await sleep(2000) // the editor's own work on the new text (tokens, schema validation) is not what is measured

    // Place the caret at the end of a value in the middle: click into the editor, Ctrl+G <line> Enter, End.
    const line = typingLine(doc.text)
    r.typedAt = line
    await page.locator(EDITOR_TEXT).first().click()
    await page.keyboard.press('Control+g')
    await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {
      throw new BenchError(`${doc.label}: Ctrl+G did not open Monaco's "go to line" box within 15 s`)
    })
    await page.keyboard.type(String(line))
    await page.keyboard.press('Enter')
    await page.keyboard.press('End')
    await sleep(1000)

    // BENCH_PROFILE: a CPU profile of the main thread while typing (self time by function, printed at the end).
    const cdp = process.env.BENCH_PROFILE ? await context.newCDPSession(page) : null
    if (cdp) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'))
    // Type KEYS letters at a person's pace (a key every KEY_MS, catching up when the page held a key back).
    const from = await page.evaluate(() => window.__bench.keys.length)
    const start = Date.now()
    for (let i = 0; i < KEYS; i++) {
      const wait = start + i * KEY_MS - Date.now()
      if (wait > 0) await sleep(wait)
      await page.keyboard.press('abcdefghijklmnopqrstuvwxyz'[i % 26])
    }
    const last = await waitMark(page, 'scd:findings-shown', 0, { chars: base + KEYS }, 120_000, `for the text after the last key (${base + KEYS} characters)`).catch(step('typing'))
    if (cdp) r.profile = selfTimes((await cdp.send('Profiler.stop')).profile)
    const b = await page.evaluate(() => window.__bench)
    const keys = b.keys.slice(from).filter((k) => k.key.length === 1)
    if (keys.length !== KEYS) throw new BenchError(`${doc.label}: ${keys.length} keydowns recorded for ${KEYS} keys`)
    const findings = b.marks.filter((m) => m.name === 'scd:findings-shown')
    const latencies = []
    let outrun = 0
    keys.forEach((k, i) => {
      const want = base + i + 1
      let m = findings.find((x) => x.t >= k.t && x.chars === want)
      if (!m) {
        m = findings.find((x) => x.t >= k.t && x.chars > want)
        outrun++
      }
      latencies.push(m.t - k.t)
    })
    const sorted = [...latencies].sort((a, x) => a - x)
    r.p50 = quantile(sorted, 0.5)
    r.p95 = quantile(sorted, 0.95)
    r.outrun = outrun
    r.lastKey = latencies.at(-1)
    r.keyDelay = Math.max(...keys.map((k) => k.t - k.ts))
    const during = b.longtasks.filter((x) => x.t + x.d > keys[0].t && x.t < last.t)
    r.longest = Math.max(0, ...during.map((x) => x.d))
    r.longCount = during.length
    if (process.env.BENCH_ATTRIBUTE) r.frames = b.frames.filter((x) => x.t + x.d > keys[0].t && x.t < last.t)
    await sleep(1000)

    // Toggle the selected service's read-only switch.
    const toggle = page.getByRole('switch', { name: 'Read-only root filesystem' })
    await toggle.scrollIntoViewIfNeeded({ timeout: 30_000 }).catch(() => {
      throw new BenchError(`${doc.label}: no "Read-only root filesystem" switch within 30 s (src/ui/panels/filesystem)`)
    })
    let clicks = b.clicks.length
    await toggle.click()
    const tToggle = await clickAfter(page, clicks)
    const toggled = await waitMark(page, 'scd:findings-shown', tToggle, { not: base + KEYS }, 120_000, 'after toggling "Read-only root filesystem"').catch(step('toggle'))
    r.toggle = toggled.t - tToggle
    await sleep(1000)

    // Harden: click to the dialog on screen, and to its diff.
    clicks = await page.evaluate(() => window.__bench.clicks.length)
    await page.getByRole('button', { name: 'Harden…' }).click()
    const tHarden = await clickAfter(page, clicks)
    const dialogOpen = await waitMark(page, 'scd:harden-opened', tHarden, {}, 180_000, 'after clicking "Harden…"').catch(step('harden'))
    const diffShown = await waitMark(page, 'scd:harden-shown', tHarden, {}, 180_000, 'for the harden diff').catch(step('harden'))
    await page.getByRole('dialog').waitFor({ state: 'visible', timeout: 30_000 })
    r.hardenOpen = dialogOpen.t - tHarden
    r.hardenDiff = diffShown.t - tHarden
    // The mark comes when React has committed the result; the frame that shows the diff's first added line may come
    // later: poll for it each frame (src/ui/diff/TextDiff.tsx's data attributes).
    const drawn = await page
      .waitForFunction(() => (document.querySelector('[data-testid="text.diff"] [data-tone="added"]') ? performance.now() : false), null, { timeout: 180_000, polling: 'raf' })
      .then((h) => h.jsonValue(), () => undefined)
    if (drawn === undefined) r.notes.push('the harden diff drew no added line within 180 s (no change, or src/ui/diff/TextDiff.tsx changed its data attributes)')
    else r.hardenDrawn = drawn - tHarden
    // The main thread while Harden computes and draws (its computation runs in the engine's worker).
    const hardenTasks = (await page.evaluate(() => window.__bench.longtasks)).filter((x) => x.t + x.d > tHarden && x.t < (drawn ?? diffShown.t))
    r.hardenLongest = Math.max(0, ...hardenTasks.map((x) => x.d))
    if (process.env.BENCH_ATTRIBUTE) {
      const end = drawn ?? diffShown.t
      const frames = (await page.evaluate(() => window.__bench.frames)).filter((x) => x.t + x.d > tHarden && x.t < end)
      r.hardenFrames = { tasks: hardenTasks.map((x) => ({ t: x.t - tHarden, d: x.d })), frames: frames.map((f) => ({ ...f, t: f.t - tHarden })) }
    }
    await page.keyboard.press('Escape')
    return r
  } finally {
    await context.close()
  }
}

/** The 25 functions with the most self time in a CPU profile, one line each. */
function selfTimes(profile) {
  const dt = new Map()
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000))
  const by = new Map()
  for (const n of profile.nodes) {
    const f = n.callFrame
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`
    by.set(key, (by.get(key) ?? 0) + (dt.get(n.id) ?? 0))
  }
  return [...by].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, ms]) => `  ${String(Math.round(ms)).padStart(6)} ms  ${k}`).join('\n')
}

/** BENCH_ATTRIBUTE: where the long frames while typing went, summed by script (invoker, function, source position). */
function printFrames(r) {
  const by = new Map()
  for (const f of r.frames) for (const x of f.scripts) by.set(x.what, (by.get(x.what) ?? 0) + x.d)
  const render = r.frames.reduce((a, f) => a + f.render, 0)
  console.log(`\nLong frames while typing in ${r.label}: ${r.frames.length}, ${Math.round(r.frames.reduce((a, f) => a + f.d, 0))} ms, of which rendering ${Math.round(render)} ms; scripts:`)
  for (const [what, d] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${String(Math.round(d)).padStart(6)} ms  ${what}`)
  const worst = [...r.frames].sort((a, b) => b.d - a.d).slice(0, 3)
  for (const f of worst) console.log(`  frame ${Math.round(f.d)} ms (render ${Math.round(f.render)}): ${f.scripts.map((x) => `${Math.round(x.d)} ${x.what}`).join(' | ')}`)
}

/** BENCH_ATTRIBUTE: the long tasks and long frames from the click on "Harden…" to the drawn diff, with their scripts. */
function printHardenFrames(r) {
  console.log(`\nFrom the click on Harden to the drawn diff in ${r.label}: long tasks (ms after the click, duration) ${r.hardenFrames.tasks.map((x) => `${Math.round(x.t)}+${Math.round(x.d)}`).join(', ')}`)
  for (const f of r.hardenFrames.frames)
    console.log(`  frame at ${Math.round(f.t)} ms: ${Math.round(f.d)} ms (render ${Math.round(f.render)}): ${f.scripts.map((x) => `${Math.round(x.d)} ${x.what}`).join(' | ')}`)
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]

// ---- report --------------------------------------------------------------------------------------------------------

const ms = (x) => (x === undefined ? '–' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`)
const kb = (x) => `${(x / 1024).toFixed(1)} KB`

function print(results, js, version) {
  const rows = [
    ['lines / characters', (r) => `${r.lines.toLocaleString('en')} / ${r.chars.toLocaleString('en')}`],
    ['page load -> file text on screen', (r) => ms(r.fileText)],
    ['page load -> editor shows text', (r) => ms(r.editorText)],
    ['  the same, repeat visit', (r) => ms(r.editorTextRepeat)],
    ['page load -> first findings', (r) => ms(r.firstFindings)],
    ['open (file input) -> findings', (r) => ms(r.open)],
    [`keystroke -> findings p50 / p95`, (r) => `${ms(r.p50)} / ${ms(r.p95)}`],
    ['  keys outrun by typing (*)', (r) => `${r.outrun} of ${KEYS}`],
    ['  last key -> findings', (r) => ms(r.lastKey)],
    ['  longest wait of a keydown', (r) => ms(r.keyDelay)],
    ['longest task while typing', (r) => ms(r.longest)],
    ['long tasks (>50 ms) while typing', (r) => String(r.longCount)],
    ['toggle read-only -> findings', (r) => ms(r.toggle)],
    ['Harden: click -> dialog', (r) => ms(r.hardenOpen)],
    ['Harden: click -> diff', (r) => ms(r.hardenDiff)],
    ['Harden: longest task until drawn', (r) => ms(r.hardenLongest)],
    ['Harden: click -> diff drawn (**)', (r) => ms(r.hardenDrawn)],
  ]
  const width = [Math.max(...rows.map(([l]) => l.length)), ...results.map((r) => Math.max(r.label.length, ...rows.map(([, f]) => f(r).length)))]
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(width[0]) : c.padStart(width[i]))).join('   ')
  const served = process.env.BENCH_SERVER === 'preview' ? 'vite preview' : 'a static server (gzipped once)'
  console.log(`\nBrowser benchmark: production build served by ${served}, ${version}, ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}; ${KEYS} keys, one every ${KEY_MS} ms`)
  console.log(line(['', ...results.map((r) => r.label)]))
  console.log(line(width.map((w) => '-'.repeat(w))))
  for (const [label, f] of rows) console.log(line([label, ...results.map(f)]))
  console.log(`\nInitial JS (what ${OUT}/index.html loads before the editor): ${js.files} files, ${kb(js.raw)}, ${kb(js.gzip)} gzip`)
  console.log(
    `(*) A key is outrun when no findings were shown for the text right after it (the next key came first): it is counted\n` +
      `    against the next findings shown. Keys are typed at the end of line ${results.map((r) => `${r.typedAt} of ${r.label}`).join(', ')}.\n` +
      `    "longest wait of a keydown": from the key event's creation to its handler (the main thread was busy).\n` +
      `"file text on screen": the plain editor shown while Monaco loads (src/editor/PlainEditor.tsx) or Monaco, whichever is first.\n` +
      `(**) Until the diff view draws its first added line (polled each frame); "diff" is the scd:harden-shown mark.`,
  )
  for (const r of results) for (const n of r.notes) console.log(`Note (${r.label}): ${n}`)
  for (const r of results) if (r.frames) printFrames(r)
  for (const r of results) if (r.hardenFrames) printHardenFrames(r)
  for (const r of results) if (r.profile) console.log(`\nMain-thread self time while typing in ${r.label} (BENCH_PROFILE):\n${r.profile}`)
}

// ---- main ----------------------------------------------------------------------------------------------------------

let server
let browser
try {
  const docs = FILES.map(loadDocument)
  build()
  const js = initialJs()
  server = process.env.BENCH_SERVER === 'preview' ? await startPreview() : await serveStatic()
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const results = []
  for (const doc of docs) {
    console.log(`Measuring ${doc.label} …`)
    let timer
    const watchdog = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new BenchError(`${doc.label}: not done within ${FILE_TIMEOUT_MIN} min (BENCH_FILE_TIMEOUT_MIN)`)), FILE_TIMEOUT_MIN * 60_000)
    })
    results.push(await Promise.race([benchFile(browser, doc), watchdog]).finally(() => clearTimeout(timer)))
  }
  print(results, js, `Chromium ${browser.version()}`)
} catch (e) {
  console.error(`bench:browser: ${e instanceof BenchError ? e.message : (e?.stack ?? e)}`)
  process.exitCode = 1
} finally {
  await browser?.close()
  server?.kill()
}
