// The services of the document; picking one shows its settings in the forms.
import { selectParseError, selectSelectedService, selectShown } from '../../store/selectors'
import { useActions, useApp } from '../../store/use-app'
import { AddServiceForm } from './AddServiceForm'

export function ServiceList() {
  const { services } = useApp(selectShown)
  const selected = useApp(selectSelectedService)
  const frozen = useApp(selectParseError) !== null
  const { selectService } = useActions()
  return (
    <section aria-labelledby="services-title" className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <h2 id="services-title" className="px-1 pb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Services
      </h2>
      {services.length === 0 ? (
        <p className="px-1 pb-2 text-xs text-slate-500 dark:text-slate-400">No services yet.</p>
      ) : (
        <ul className="space-y-0.5">
          {services.map((s) => {
            const current = s.name === selected?.name
            const image = typeof s.data.image === 'string' ? s.data.image : undefined
            return (
              <li key={s.name}>
                <button
                  type="button"
                  aria-current={current ? 'true' : undefined}
                  onClick={() => selectService(s.name)}
                  className={`flex w-full flex-col rounded-lg px-2.5 py-1.5 text-left focus-visible:outline-2 focus-visible:outline-emerald-600 dark:focus-visible:outline-emerald-400 ${
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
    </section>
  )
}
