// Marks a value the service does not write itself: it comes through a `<<: *anchor` merge or `extends`.
import type { Located } from '../../compose/types'

export function inheritedFrom(located: Located | undefined): string | null {
  if (!located || located.origin === 'own') return null
  if (located.origin === 'extends') return `inherited from ${located.from ?? 'the base service'} (extends)`
  return located.anchor ? `inherited from &${located.anchor}` : 'inherited through <<'
}

export function InheritedBadge({ located }: { located: Located | undefined }) {
  const text = inheritedFrom(located)
  if (!text) return null
  return (
    <span
      title="Editing this value writes an override on the service; the shared definition stays as it is."
      className="inline-flex items-center rounded-full bg-violet-50 px-2 py-0.5 text-[11px] font-medium text-violet-700 ring-1 ring-violet-200 ring-inset dark:bg-violet-950/50 dark:text-violet-200 dark:ring-violet-800"
    >
      {text}
    </span>
  )
}
