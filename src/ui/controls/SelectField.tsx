// A labelled native <select> with an optional hint, styled like the text inputs.
import { useId } from 'react'
import type { ReactNode } from 'react'
import { inputClass, labelClass } from './styles'

interface SelectFieldProps {
  label: string
  value: string
  onChange(value: string): void
  children: ReactNode
  hint?: ReactNode
  labelHidden?: boolean
  className?: string
  mono?: boolean
}

export function SelectField({ label, value, onChange, children, hint, labelHidden, className, mono }: SelectFieldProps) {
  const id = useId()
  return (
    <div className={className}>
      <label htmlFor={id} className={labelHidden ? 'sr-only' : labelClass}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
        className={`${inputClass} ${mono ? 'font-mono text-[13px]' : ''}`}
      >
        {children}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-[11px] text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
    </div>
  )
}
