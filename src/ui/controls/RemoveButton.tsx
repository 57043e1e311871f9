// A small × button that removes one row; its accessible name says what it removes.
interface RemoveButtonProps {
  /** The accessible name, e.g. "Remove port 8080:80". */
  label: string
  onClick(): void
  className?: string
}

export function RemoveButton({ label, onClick, className = '' }: RemoveButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      className={`inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-md text-slate-400 hover:bg-rose-50 hover:text-rose-700 focus-visible:outline-2 focus-visible:outline-rose-600 disabled:opacity-50 dark:text-slate-500 dark:hover:bg-rose-950/60 dark:hover:text-rose-300 dark:focus-visible:outline-rose-400 ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
        <path d="M4 4l8 8M12 4l-8 8" />
      </svg>
    </button>
  )
}
