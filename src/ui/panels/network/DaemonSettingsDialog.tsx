// Docker daemon settings as advice: a copyable daemon.json snippet and what each key does and costs. The app cannot see
// the daemon, so it says so and checks nothing.
import { useEffect, useId, useRef, useState } from 'react'
import { Dialog } from '../../controls/Dialog'
import { buttonClass, primaryButtonClass } from '../../controls/styles'
import { DAEMON_JSON, DAEMON_JSON_PATH, DAEMON_SETTINGS } from './daemon-settings'

export function DaemonSettingsButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className={`${buttonClass} py-1`} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Docker daemon settings…
      </button>
      {open && <DaemonSettingsDialog onClose={() => setOpen(false)} />}
    </>
  )
}

const code = 'rounded bg-slate-100 px-1 font-mono text-[12px] text-slate-800 dark:bg-slate-800 dark:text-slate-200'

function DaemonSettingsDialog({ onClose }: { onClose(): void }) {
  const id = useId()
  const [copied, setCopied] = useState({ ok: true, text: '' })
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(DAEMON_JSON)
      setCopied({ ok: true, text: `Copied. Merge it into ${DAEMON_JSON_PATH} and restart Docker.` })
    } catch (e) {
      setCopied({ ok: false, text: `Copy failed (${e instanceof Error ? e.message : String(e)}): select the snippet and press Ctrl+C.` })
    }
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setCopied((c) => ({ ...c, text: '' })), 6000)
  }

  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-body`} onClose={onClose} className="w-[min(42rem,calc(100vw-2rem))]">
      <div className="flex max-h-[calc(100dvh-2rem)] flex-col">
        <div className="border-b border-slate-200 px-5 py-4 dark:border-slate-700">
          <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900 dark:text-slate-50">
            Docker daemon settings
          </h2>
          <p id={`${id}-body`} className="mt-1.5 text-sm text-slate-600 dark:text-slate-300">
            These live on the Docker host in <code className={code}>{DAEMON_JSON_PATH}</code> (Docker Desktop: Settings → Docker Engine), not in the
            Compose file. This app cannot see your daemon, so it does not check them: merge what fits into that file and restart Docker.
          </p>
        </div>
        <div className="min-h-0 space-y-4 overflow-y-auto px-5 py-4 text-sm text-slate-700 dark:text-slate-200">
          <figure aria-labelledby={`${id}-json`}>
            <div className="mb-1.5 flex items-center gap-2">
              <span id={`${id}-json`} className="text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
                daemon.json
              </span>
              <button type="button" className={`${primaryButtonClass} ml-auto py-1`} onClick={copy}>
                Copy daemon.json
              </button>
            </div>
            <pre className="overflow-x-auto rounded-md bg-slate-950 px-3 py-2 font-mono text-[12px] leading-relaxed text-slate-100 ring-1 ring-slate-800">
              {DAEMON_JSON}
            </pre>
            <p role="status" className={`mt-1 min-h-4 text-xs ${copied.ok ? 'text-emerald-800 dark:text-emerald-300' : 'text-rose-700 dark:text-rose-300'}`}>
              {copied.text}
            </p>
          </figure>
          <ul className="space-y-3" aria-label="What each setting does">
            {DAEMON_SETTINGS.map((s) => (
              <li key={s.key} className="border-t border-slate-200 pt-2.5 dark:border-slate-700">
                <p>
                  <code className={code}>"{s.key}": {JSON.stringify(s.value)}</code> {s.does}
                </p>
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  <span className="font-medium text-amber-800 dark:text-amber-300">Watch for:</span> {s.caveat}{' '}
                  <a href={s.source} target="_blank" rel="noreferrer noopener" className="text-emerald-800 underline hover:no-underline dark:text-emerald-300">
                    Docker docs<span className="sr-only"> on {s.key}</span>
                  </a>
                </p>
              </li>
            ))}
          </ul>
        </div>
        <div className="flex justify-end border-t border-slate-200 px-5 py-3 dark:border-slate-700">
          <button type="button" ref={(el) => el?.setAttribute('autofocus', '')} className={buttonClass} onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Dialog>
  )
}
