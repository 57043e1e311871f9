// The page: header, then services | editor | forms. The editor chunk (Monaco) loads lazily.
import { lazy, Suspense } from 'react'
import { ChecklistPanel } from './ChecklistPanel'
import { Header } from './Header'
import { ServiceList } from './ServiceList'
import { ServiceSettings } from './ServiceSettings'

const YamlEditor = lazy(() => import('../editor/YamlEditor'))

export function App() {
  return (
    <div className="flex h-dvh flex-col bg-slate-100 text-slate-900">
      <Header />
      <main className="grid min-h-0 flex-1 grid-cols-1 gap-3 overflow-auto p-3 lg:grid-cols-[15rem_minmax(0,1fr)_26rem] lg:overflow-hidden">
        <aside aria-label="Services and checklist" className="space-y-3 lg:min-h-0 lg:overflow-y-auto">
          <ServiceList />
          <ChecklistPanel />
        </aside>
        <section aria-labelledby="editor-title" className="flex min-h-[28rem] flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm lg:min-h-0">
          <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
            <h2 id="editor-title" className="font-mono text-xs font-semibold text-slate-700">
              compose.yaml
            </h2>
            <p className="text-[11px] text-slate-500">Validated against the Compose Specification schema</p>
          </div>
          <div className="min-h-0 flex-1">
            <Suspense fallback={<p className="p-4 text-sm text-slate-500">Loading the editor…</p>}>
              <YamlEditor />
            </Suspense>
          </div>
        </section>
        <div className="lg:min-h-0 lg:overflow-y-auto">
          <ServiceSettings />
        </div>
      </main>
    </div>
  )
}
