// The page: header, then services and analysis | editor or diagram | forms. The editor chunk (Monaco) and the
// diagram's (ELK) load lazily.
// The left column keeps the score and the findings beside the text and the forms they point into.
// The frame is exactly the viewport and never scrolls; each column scrolls inside itself. Every scroller is also
// `relative`: an absolutely positioned descendant (each `sr-only` label) otherwise takes the page as its containing
// block, escapes the column's clipping and stretches the document by the column's whole height.
import { lazy, Suspense } from 'react'
import { PlainEditor } from '../editor/PlainEditor'
import { EditorViews } from './exposure/EditorViews'
import { FindingsTabs } from './findings/FindingsTabs'
import { Header } from './shell/Header'
import { ScorePanel } from './score/ScorePanel'
import { ServiceList } from './services/ServiceList'
import { ServiceSettings } from './panels/ServiceSettings'
import { RuleDialogHost } from './rules/RuleDialog'
import { SharedLinkPrompt } from './shell/SharedLinkPrompt'

const YamlEditor = lazy(() => import('../editor/YamlEditor'))

export function App() {
  return (
    <div className="flex h-dvh flex-col overflow-hidden bg-slate-100 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <Header />
      <main className="relative grid min-h-0 flex-1 grid-cols-1 gap-3 overflow-auto p-3 lg:grid-cols-[18rem_minmax(0,1fr)_23rem] lg:overflow-hidden xl:grid-cols-[20rem_minmax(0,1fr)_26rem]">
        <aside aria-label="Services and analysis" className="relative space-y-3 lg:min-h-0 lg:overflow-y-auto">
          <ServiceList />
          <ScorePanel />
          <FindingsTabs />
        </aside>
        <section
          aria-labelledby="editor-title"
          className="relative flex min-h-[28rem] flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm lg:min-h-0 dark:border-slate-700 dark:bg-slate-900"
        >
          <EditorViews
            title={<h2 id="editor-title" className="font-mono text-xs font-semibold text-slate-700 dark:text-slate-200">compose.yaml</h2>}
            note={<p className="truncate text-[11px] text-slate-500 dark:text-slate-400">Validated against the Compose Specification schema</p>}
            editor={
              <Suspense fallback={<PlainEditor />}>
                <YamlEditor />
              </Suspense>
            }
          />
        </section>
        <div data-testid="column.settings" className="relative lg:min-h-0 lg:overflow-y-auto">
          <ServiceSettings />
        </div>
      </main>
      <RuleDialogHost />
      <SharedLinkPrompt />
    </div>
  )
}
