// While the text is not valid YAML the forms freeze and say why, where, and what to do.
import { selectParseError } from '../../store/selectors'
import { useApp } from '../../store/use-app'
import { Callout } from '../controls/Callout'

export function ParseErrorBanner() {
  const error = useApp(selectParseError)
  if (!error) return null
  return (
    <Callout tone="error" role="alert">
      <p className="font-semibold">
        The YAML cannot be read: line {error.line}, column {error.column}
      </p>
      <p className="mt-0.5">{error.message}</p>
      <p className="mt-1 text-rose-800/80 dark:text-rose-200/80">The forms are read-only until the text is fixed in the editor. Your text is kept exactly as typed.</p>
    </Callout>
  )
}
