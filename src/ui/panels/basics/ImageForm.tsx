// The image reference, with a warning while it is not pinned (no tag, or `latest`).
import type { ServiceView } from '../../../compose/types'
import { imageInputProblem, imagePinning, setImagePlan } from '../../../edits/basics'
import { useActions } from '../../../store/use-app'
import { ApplyButton } from '../../controls/ApplyButton'
import { Callout } from '../../controls/Callout'
import { commitHandlers } from '../../controls/commit-on-leave'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { TextField } from '../../controls/TextField'
import { useDraft } from '../../controls/use-draft'

export function ImageForm({ service }: { service: ServiceView }) {
  const { applyEdit } = useActions()
  const current = typeof service.data.image === 'string' ? service.data.image : ''
  const [image, setImage] = useDraft(current)
  const dirty = image.trim() !== current
  const problem = dirty ? imageInputProblem(image) : null
  const commit = () => {
    if (dirty && !problem) applyEdit((f) => setImagePlan(f, service.name, image))
  }
  const pinning = current ? imagePinning(current) : 'pinned'
  return (
    <form aria-label="Image" className="space-y-2" {...commitHandlers(commit)}>
      <div className="flex items-end gap-2">
        <TextField className="min-w-0 flex-1" label="Image" value={image} onChange={setImage} placeholder="postgres:16.4-alpine" mono error={problem ?? undefined} />
        <ApplyButton dirty={dirty} invalid={problem !== null}>
          Apply image
        </ApplyButton>
      </div>
      <InheritedBadge located={service.locate(['image'])} />
      {pinning !== 'pinned' && (
        <Callout tone="warning" role="status">
          <p>
            <strong>{pinning === 'latest' ? 'Moving tag latest.' : 'No tag.'}</strong> The image is whatever the registry serves when it is
            pulled. Pin a version, for example <code className="font-mono">{imageName(current)}:1.2.3</code>, or a digest.
          </p>
        </Callout>
      )}
    </form>
  )
}

const imageName = (image: string) => (image.lastIndexOf(':') > image.lastIndexOf('/') ? image.slice(0, image.lastIndexOf(':')) : image)
