// The builder dialog's state: the start and the ticks (UI state, not the document), and the profile they make for
// the service's container. Nothing here touches the YAML; "Use in service" does, through the edit layer.
import { useMemo, useState } from 'react'
import type { ServiceView } from '../../../../compose/types'
import { buildProfile, initialState, setAllowed } from '../../../../seccomp/builder'
import type { ProfileStart } from '../../../../seccomp/docker-default'
import { serviceSeccompContext } from '../../../../seccomp/service-context'

export function useSeccompBuilder(service: ServiceView) {
  const [state, setState] = useState(() => initialState('docker-default'))
  const context = useMemo(() => serviceSeccompContext(service), [service])
  const profile = useMemo(() => buildProfile(state), [state])
  return {
    state,
    profile,
    context,
    toggle: (name: string, allowed: boolean) => setState((s) => setAllowed(s, name, allowed, context.ctx)),
    restart: (start: ProfileStart) => setState(initialState(start)),
  }
}
