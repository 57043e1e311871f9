// Getting the profile out: the file it belongs in (beside the compose file), Copy JSON, Download, and "Use in
// service", which writes `security_opt: seccomp:<path>` through the same edit as the Security options form.
import { useState } from 'react'
import { seccompPathProblem, setSeccompPlan } from '../../../../edits/security-opt'
import { profileFileName, profileJson } from '../../../../seccomp/profile-file'
import { profileProblems } from '../../../../seccomp/profile-shape'
import type { SeccompProfile } from '../../../../seccomp/types'
import { useActions, useAppStore } from '../../../../store/use-app'
import { buttonClass, primaryButtonClass } from '../../../controls/styles'
import { TextField } from '../../../controls/TextField'
import { downloadText } from '../../../controls/download'

interface Props {
  service: string
  profile: SeccompProfile
  path: string
  onPath(path: string): void
  onClose(): void
}

export function ProfileExport({ service, profile, path, onPath, onClose }: Props) {
  const { applyEdit } = useActions()
  const store = useAppStore()
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null)
  const [tried, setTried] = useState(false)
  const pathError = (tried || path.trim() !== '') ? (seccompPathProblem(path) ?? undefined) : undefined
  const name = profileFileName(path)
  // Never hand out a file Docker would refuse (the builder cannot make one; this guards the guarantee).
  const problems = profileProblems(profile)
  const json = () => (problems.length === 0 ? profileJson(profile) : null)

  const copy = async () => {
    const text = json()
    if (!text) return setStatus({ tone: 'error', text: problems.join(' ') })
    try {
      await navigator.clipboard.writeText(text)
      setStatus({ tone: 'ok', text: 'Copied the profile JSON to the clipboard.' })
    } catch (e) {
      setStatus({ tone: 'error', text: `Copy failed: ${e instanceof Error ? e.message : String(e)}. Use Download instead.` })
    }
  }
  const download = () => {
    const text = json()
    if (!text) return setStatus({ tone: 'error', text: problems.join(' ') })
    downloadText(text, name, 'application/json')
    setStatus({ tone: 'ok', text: `Downloaded ${name}: save it as ${path.trim()} beside the compose file.` })
  }
  const use = () => {
    setTried(true)
    if (seccompPathProblem(path) !== null) return
    if (applyEdit((file) => setSeccompPlan(file, service, { mode: 'custom', value: path }))) return onClose()
    // The app bar shows the notice too, but behind this modal: say it here.
    setStatus({ tone: 'error', text: store.getState().notice ?? `security_opt of ${service} was not changed.` })
  }

  return (
    <div className="space-y-2 border-t border-slate-200 px-5 py-3 dark:border-slate-700">
      <div className="flex flex-wrap items-start gap-2">
        <TextField
          className="min-w-[16rem] flex-1"
          label="Profile file, relative to the compose file"
          value={path}
          onChange={onPath}
          error={pathError}
          hint="Compose reads it from the compose file's folder when it creates the container, and sends it to Docker. This app runs in your browser: it cannot save the file there, and its checks cannot read it. Download it and put it there yourself."
          mono
        />
        <div className="mt-5 flex flex-wrap gap-2">
          <button type="button" className={buttonClass} onClick={copy}>
            Copy JSON
          </button>
          <button type="button" className={buttonClass} onClick={download}>
            Download {name}
          </button>
          <button type="button" className={primaryButtonClass} onClick={use}>
            Use in {service}
          </button>
          <button type="button" className={buttonClass} onClick={onClose}>
            Close
          </button>
        </div>
      </div>
      <p role="status" className={`min-h-4 text-xs ${status?.tone === 'error' ? 'text-rose-700 dark:text-rose-300' : 'text-emerald-800 dark:text-emerald-300'}`}>
        {status?.text}
      </p>
    </div>
  )
}
