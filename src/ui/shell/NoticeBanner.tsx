// Says why the last form action changed nothing (invalid input, text changed meanwhile, plan refused).
import { useActions, useApp } from '../../store/use-app'
import { Callout } from '../controls/Callout'

const selectNotice = (s: { notice: string | null }) => s.notice

export function NoticeBanner() {
  const notice = useApp(selectNotice)
  const { dismissNotice } = useActions()
  if (!notice) return null
  return (
    <Callout
      tone="warning"
      role="status"
      action={
        <button type="button" onClick={dismissNotice} className="rounded px-1 text-amber-800 hover:bg-amber-100 dark:text-amber-200 dark:hover:bg-amber-900/50" aria-label="Dismiss message">
          ✕
        </button>
      }
    >
      {notice}
    </Callout>
  )
}
