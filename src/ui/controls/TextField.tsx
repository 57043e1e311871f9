// A labelled text input with an optional hint and error, wired with aria-describedby / aria-invalid.
import { useId } from 'react'
import type { KeyboardEvent, Ref } from 'react'
import { inputClass, labelClass } from './styles'

interface TextFieldProps {
  label: string
  value: string
  onChange(value: string): void
  placeholder?: string
  hint?: string
  error?: string
  /** Hide the visible label (rows under column headings); it stays the accessible name. */
  labelHidden?: boolean
  className?: string
  mono?: boolean
  inputRef?: Ref<HTMLInputElement>
  onKeyDown?(e: KeyboardEvent<HTMLInputElement>): void
}

export function TextField({ label, value, onChange, placeholder, hint, error, labelHidden, className, mono, inputRef, onKeyDown }: TextFieldProps) {
  const id = useId()
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className={className}>
      <label htmlFor={id} className={labelHidden ? 'sr-only' : labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        ref={inputRef}
        onKeyDown={onKeyDown}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        className={`${inputClass} ${mono ? 'font-mono text-[13px]' : ''}`}
      />
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-[11px] text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-[11px] text-rose-700 dark:text-rose-300">
          {error}
        </p>
      )}
    </div>
  )
}
