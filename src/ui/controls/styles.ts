// Shared Tailwind class lists, so inputs and buttons look alike in every panel, in the light and the dark theme.
export const inputClass =
  'block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-emerald-500 focus:ring-2 focus:ring-emerald-500/30 focus:outline-none disabled:bg-slate-50 disabled:text-slate-500 aria-invalid:border-rose-400 aria-invalid:ring-rose-400/30 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-500 dark:focus:border-emerald-400 dark:disabled:bg-slate-800/60 dark:disabled:text-slate-400 dark:aria-invalid:border-rose-400'

export const labelClass = 'mb-1 block text-xs font-medium text-slate-600 dark:text-slate-300'

export const buttonClass =
  'inline-flex items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-xs font-medium text-slate-700 shadow-xs hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700 dark:focus-visible:outline-emerald-400'

export const primaryButtonClass =
  'inline-flex items-center justify-center gap-1 rounded-md bg-emerald-700 px-2.5 py-1.5 text-xs font-semibold text-white shadow-xs hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600 disabled:cursor-not-allowed disabled:opacity-50 dark:hover:bg-emerald-600 dark:focus-visible:outline-emerald-400'

export const dangerButtonClass =
  'inline-flex items-center justify-center gap-1 rounded-md border border-rose-200 bg-white px-2.5 py-1.5 text-xs font-medium text-rose-700 shadow-xs hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-rose-600 disabled:cursor-not-allowed disabled:opacity-50 dark:border-rose-900 dark:bg-slate-800 dark:text-rose-300 dark:hover:bg-rose-950 dark:focus-visible:outline-rose-400'

/** Buttons on the app bar, which is dark in both themes. */
export const toolbarButtonClass =
  'inline-flex items-center justify-center gap-1.5 rounded-md px-2.5 py-1.5 text-xs font-medium text-slate-200 ring-1 ring-slate-700 ring-inset hover:bg-slate-800 hover:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-400 disabled:cursor-not-allowed disabled:opacity-50 aria-expanded:bg-slate-800'
