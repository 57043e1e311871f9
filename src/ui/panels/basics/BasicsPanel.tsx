// The Basics form: what the service runs (image, command, entrypoint), its environment, what it waits for, its env
// files and secrets. Each control is one minimal edit of the text.
import type { ServiceView } from '../../../compose/types'
import { selectShown } from '../../../store/selectors'
import { useApp } from '../../../store/use-app'
import { Panel } from '../../controls/Panel'
import { CommandForm } from './CommandForm'
import { DependsOnList } from './DependsOnList'
import { EnvFileList } from './EnvFileList'
import { EnvironmentTable } from './EnvironmentTable'
import { ImageForm } from './ImageForm'
import { SecretList } from './SecretList'

export function BasicsPanel({ service }: { service: ServiceView }) {
  const file = useApp(selectShown)
  return (
    <Panel id="basics" title="Basics" description={<code className="font-mono">image · command · environment · depends_on · secrets</code>}>
      <ImageForm service={service} />
      <CommandForm file={file} service={service} />
      <EnvironmentTable service={service} />
      <DependsOnList file={file} service={service} />
      <EnvFileList service={service} />
      <SecretList file={file} service={service} />
    </Panel>
  )
}
