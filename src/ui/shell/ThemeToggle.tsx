// Light, dark or the system's scheme: three radio buttons styled as one segmented control (arrow keys move the choice).
import { useId } from 'react'
import { useStore } from 'zustand'
import { pageTheme } from '../../store/theme'
import type { ThemePreference, ThemeState } from '../../store/theme'

// Created at import, before the first render, so the page never flashes the other theme once React draws.
const themeStore = pageTheme()
const selectPreference = (s: ThemeState) => s.preference

const OPTIONS: ReadonlyArray<{ value: ThemePreference; label: string; icon: string }> = [
  { value: 'light', label: 'Light', icon: 'M12 4V2m0 20v-2m8-8h2M2 12h2m13.66-5.66 1.41-1.41M4.93 19.07l1.41-1.41m0-11.32L4.93 4.93m14.14 14.14-1.41-1.41M16 12a4 4 0 1 1-8 0 4 4 0 0 1 8 0z' },
  { value: 'dark', label: 'Dark', icon: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z' },
  { value: 'system', label: 'System', icon: 'M4 5h16v11H4zM9 20h6m-3-4v4' },
]

export function ThemeToggle() {
  const preference = useStore(themeStore, selectPreference)
  const name = useId()
  return (
    <fieldset className="flex items-center rounded-md bg-slate-800/80 p-0.5 ring-1 ring-slate-700 ring-inset">
      <legend className="sr-only">Theme</legend>
      {OPTIONS.map((o) => (
        <label
          key={o.value}
          title={`${o.label} theme`}
          className="relative flex cursor-pointer items-center rounded px-1.5 py-1 text-slate-300 hover:text-white has-checked:bg-slate-600 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-emerald-400"
        >
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={preference === o.value}
            onChange={() => themeStore.getState().setPreference(o.value)}
            className="sr-only"
          />
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
            <path d={o.icon} />
          </svg>
          <span className="sr-only">{o.label}</span>
        </label>
      ))}
    </fieldset>
  )
}
