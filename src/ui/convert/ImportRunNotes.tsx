// What the conversion could not do or changed, listed under the pasted commands: commands that could not be read,
// options not converted (never dropped silently), names that changed, and notes. Each list has a heading.
import type { ReactNode } from 'react'
import type { ImportPreview } from '../../convert/import-preview'

export function ImportRunNotes({ preview }: { preview: ImportPreview }) {
  const { result, clashes, mergeError } = preview
  const unsupported = result.services.flatMap((s) => s.unsupported.map((u) => ({ service: s.name, ...u })))
  const notes = result.services.flatMap((s) => s.notes.map((n) => ({ service: s.name, note: n })))
  return (
    <div className="space-y-3 text-xs">
      {result.problems.length > 0 && (
        <NoteList title="Could not be converted" tone="error">
          {result.problems.map((p) => (
            <li key={`${p.line}-${p.message}`}>{p.message}</li>
          ))}
        </NoteList>
      )}
      {mergeError && (
        <NoteList title="Cannot merge" tone="error">
          <li>{mergeError}</li>
        </NoteList>
      )}
      {unsupported.length > 0 && (
        <NoteList title="Options not converted" tone="warn">
          {unsupported.map((u) => (
            <li key={`${u.service}-${u.flag}`}>
              <code className="font-mono font-semibold">{u.flag}</code> ({u.service}): {u.reason}
            </li>
          ))}
        </NoteList>
      )}
      {clashes.length > 0 && (
        <NoteList title="Name clashes" tone="warn">
          {clashes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </NoteList>
      )}
      {notes.length > 0 && (
        <NoteList title="Notes" tone="info">
          {notes.map((n) => (
            <li key={`${n.service}-${n.note}`}>
              <span className="font-mono">{n.service}</span>: {n.note}
            </li>
          ))}
        </NoteList>
      )}
    </div>
  )
}

const TONES = {
  error: 'border-rose-200 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950/50 dark:text-rose-100',
  warn: 'border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100',
  info: 'border-slate-200 bg-white text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200',
} as const

function NoteList({ title, tone, children }: { title: string; tone: keyof typeof TONES; children: ReactNode }) {
  return (
    <section aria-label={title} className={`rounded-lg border px-3 py-2 ${TONES[tone]}`}>
      <h3 className="mb-1 font-semibold">{title}</h3>
      <ul className="list-disc space-y-1 pl-4 leading-relaxed">{children}</ul>
    </section>
  )
}
