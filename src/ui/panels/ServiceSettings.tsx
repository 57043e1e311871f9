// The forms of the selected service, one panel per settings group; frozen while the YAML cannot be read.
import { selectParseError, selectSelectedService } from '../../store/selectors'
import { useApp } from '../../store/use-app'
import { BasicsPanel } from './basics/BasicsPanel'
import { CapabilitiesPanel } from './capabilities/CapabilitiesPanel'
import { DevicesPanel } from './devices/DevicesPanel'
import { FilesystemPanel } from './filesystem/FilesystemPanel'
import { HealthLoggingPanel } from './health-logging/HealthLoggingPanel'
import { IsolationPanel } from './isolation/IsolationPanel'
import { NetworkPanel } from './network/NetworkPanel'
import { NoticeBanner } from '../shell/NoticeBanner'
import { ParseErrorBanner } from '../shell/ParseErrorBanner'
import { ResourcesPanel } from './resources/ResourcesPanel'
import { SecurityOptionsPanel } from './security-options/SecurityOptionsPanel'
import { ServiceHeader } from './ServiceHeader'
import { UserPanel } from './user/UserPanel'

export function ServiceSettings() {
  const service = useApp(selectSelectedService)
  const frozen = useApp(selectParseError) !== null
  return (
    <section aria-label="Service settings" className="space-y-3">
      <ParseErrorBanner />
      <NoticeBanner />
      {service ? (
        <fieldset disabled={frozen} className="min-w-0 space-y-3 transition-opacity disabled:opacity-70">
          <legend className="sr-only">Settings of {service.name}</legend>
          <ServiceHeader key={`h:${service.name}`} name={service.name} image={typeof service.data.image === 'string' ? service.data.image : undefined} />
          <BasicsPanel key={`b:${service.name}`} service={service} />
          <UserPanel key={`u:${service.name}`} service={service} />
          <CapabilitiesPanel key={`c:${service.name}`} service={service} />
          <FilesystemPanel key={`f:${service.name}`} service={service} />
          <ResourcesPanel key={`r:${service.name}`} service={service} />
          <NetworkPanel key={`net:${service.name}`} service={service} />
          <SecurityOptionsPanel key={`so:${service.name}`} service={service} />
          <IsolationPanel key={`i:${service.name}`} service={service} />
          <DevicesPanel key={`d:${service.name}`} service={service} />
          <HealthLoggingPanel key={`hl:${service.name}`} service={service} />
        </fieldset>
      ) : (
        !frozen && (
          <div className="rounded-xl border border-dashed border-slate-300 bg-white/70 p-6 text-center text-sm text-slate-500 dark:border-slate-600 dark:bg-slate-900/60 dark:text-slate-400">
            This file has no services yet. Add one from the list, or type it in the editor.
          </div>
        )
      )}
    </section>
  )
}
