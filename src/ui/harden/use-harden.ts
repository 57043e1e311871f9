// Harden's state for the dialog: the engine (in its worker) finds the fixes once when the dialog opens, then computes
// the combined change for each selection; only the answer for the latest selection is shown.
import { startTransition, useEffect, useState } from 'react'
import type { HardenChoice } from '../../scoring/harden-choices'
import type { HardenView } from '../../engine/protocol'
import { useActions } from '../../store/use-app'

export interface HardenState {
  /** Null until the engine has listed the fixes. */
  choices: readonly HardenChoice[] | null
  selected: ReadonlySet<string>
  /** The change for `selected`, or for an earlier selection while `pending`; null until the first answer. */
  view: HardenView | null
  /** True while the change shown is not yet that of `selected`. */
  pending: boolean
  error: string | null
  toggle(key: string, on: boolean): void
  setAll(keys: readonly string[], on: boolean): void
}

const NONE: ReadonlySet<string> = new Set()

export function useHarden(original: string): HardenState {
  const { harden } = useActions()
  const [choices, setChoices] = useState<readonly HardenChoice[] | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(NONE)
  const [shown, setShown] = useState<{ selection: ReadonlySet<string>; view: HardenView } | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    harden({ kind: 'harden-open', text: original }).then(
      (opening) => {
        if (!live) return
        const selection = new Set(opening.selected)
        // A transition: React draws the list of fixes (hundreds in a big file) and the diff in slices, so the page
        // keeps taking input while it does.
        startTransition(() => {
          setChoices(opening.choices)
          setSelected(selection)
          setShown({ selection, view: opening })
        })
      },
      (err: unknown) => live && setError(`The fixes could not be computed: ${err instanceof Error ? err.message : String(err)}`),
    )
    return () => {
      live = false
    }
  }, [harden, original])

  useEffect(() => {
    if (choices === null || shown?.selection === selected) return
    let live = true
    harden({ kind: 'harden-select', text: original, selected: [...selected] }).then(
      (view) => live && startTransition(() => setShown({ selection: selected, view })),
      (err: unknown) => live && setError(`The change could not be computed: ${err instanceof Error ? err.message : String(err)}`),
    )
    return () => {
      live = false
    }
    // `shown` is read to skip the selection the engine already answered; its own changes need no new request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [harden, original, choices, selected])

  const update = (keys: readonly string[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev)
      for (const k of keys) {
        if (on) next.add(k)
        else next.delete(k)
      }
      return next
    })

  return {
    choices,
    selected,
    view: shown?.view ?? null,
    pending: choices === null || shown?.selection !== selected,
    error,
    toggle: (key, on) => update([key], on),
    setAll: update,
  }
}
