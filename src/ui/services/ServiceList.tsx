// The services of the document; picking one shows its settings in the forms. The list folds away, and a long one
// gets a filter and scrolls on its own, so the score below stays in sight with fifty services.
import { useState } from 'react'
import { selectParseError, selectSelectedService, selectShown } from '../../store/selectors'
import { useActions, useApp } from '../../store/use-app'
import { TextField } from '../controls/TextField'
import { AddServiceForm } from './AddServiceForm'

/** From this many services on, the list offers a filter. */
const FILTER_FROM = 8

export function ServiceList() {
  const { services } = useApp(selectShown)
  const selected = useApp(selectSelectedService)
  const frozen = useApp(selectParseError) !== null
  const { selectService } = useActions()
  const [open, setOpen] = useState(true)
  const [query, setQuery] = useState('')
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const shown = services.filter((s) => {
    const text = `${s.name} ${typeof s.data.image === 'string' ? s.data.image : ''}`.toLowerCase()
    return words.every((w) => text.includes(w))
  })
  return (
    <section aria-labelledby="services-title" className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <h2 id="services-title" className="px-1 pb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="services-body"
          onClick={() => setOpen(!open)}
          className="-mx-1 inline-flex items-center gap-1.5 rounded px-1 uppercase hover:text-emerald-800 focus-visible:outline-2 focus-visible:outline-emerald-600 dark:hover:text-emerald-300 dark:focus-visible:outline-emerald-400"
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" className={`h-3 w-3 shrink-0 transition-transform ${open ? 'rotate-90' : ''}`} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
            <path d="M6 3.5L10.5 8 6 12.5" />
          </svg>
          Services
          <span className="font-normal tabular-nums normal-case">({services.length})</span>
        </button>
      </h2>
      <div id="services-body" hidden={!open}>
        {services.length >= FILTER_FROM && (
          <TextField className="mb-2" label="Filter services" labelHidden value={query} onChange={setQuery} placeholder={`Filter ${services.length} services`} />
        )}
        {services.length === 0 ? (
          <p className="px-1 pb-2 text-xs text-slate-500 dark:text-slate-400">No services yet.</p>
        ) : shown.length === 0 ? (
          <p className="px-1 pb-2 text-xs text-slate-500 dark:text-slate-400">No service matches “{query}”.</p>
        ) : (
          <ul aria-label="Services of the file" className={`space-y-0.5 ${services.length >= FILTER_FROM ? 'max-h-[40vh] overflow-y-auto' : ''}`}>
            {shown.map((s) => {
              const current = s.name === selected?.name
              const image = typeof s.data.image === 'string' ? s.data.image : undefined
              return (
                <li key={s.name}>
                  <button
                    type="button"
                    aria-current={current ? 'true' : undefined}
                    onClick={() => selectService(s.name)}
                    className={`flex w-full flex-col rounded-lg px-2.5 py-1.5 text-left focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-emerald-600 dark:focus-visible:outline-emerald-400 ${
                      current ? 'bg-emerald-50 ring-1 ring-emerald-200 ring-inset dark:bg-emerald-950/50 dark:ring-emerald-800' : 'hover:bg-slate-50 dark:hover:bg-slate-800'
                    }`}
                  >
                    <span className={`truncate text-sm font-medium ${current ? 'text-emerald-900 dark:text-emerald-100' : 'text-slate-800 dark:text-slate-200'}`}>{s.name}</span>
                    {image && <span className="truncate font-mono text-[11px] text-slate-500 dark:text-slate-400">{image}</span>}
                  </button>
                </li>
              )
            })}
          </ul>
        )}
        <fieldset disabled={frozen} className="mt-3 border-t border-slate-100 pt-3 dark:border-slate-800">
          <legend className="sr-only">Add a service</legend>
          <AddServiceForm />
        </fieldset>
      </div>
    </section>
  )
}
