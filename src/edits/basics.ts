// Edits of the Basics form's image and command lines: one key each, set or removed, so comments around them stay.
import { readCommand } from '../compose/read/settings-basics'
import { deleteOp, plan, setOp } from '../compose/write/plan'
import type { ComposeFile } from '../compose/types'
import type { EditResult } from './edit-result'
import { joinArgs, splitArgs } from './health-logging'
import { findService } from './list-items'

/** Why `image` cannot be written as the service's image, or null. */
export function imageInputProblem(image: string): string | null {
  const value = image.trim()
  if (value === '') return 'Name an image, for example postgres:16.4-alpine.'
  if (/\s/.test(value)) return 'An image reference has no spaces: name:tag, for example nginx:1.27-alpine.'
  return null
}

/** How the reference pins its image: a digest or tag, no tag (latest), or the moving `latest` tag. */
export function imagePinning(image: string): 'pinned' | 'noTag' | 'latest' {
  const value = image.trim()
  if (value.includes('@') || value.includes('$')) return 'pinned'
  const slash = value.lastIndexOf('/')
  const colon = value.lastIndexOf(':')
  if (colon <= slash) return 'noTag'
  return value.slice(colon + 1).toLowerCase() === 'latest' ? 'latest' : 'pinned'
}

/** Sets `image:` (a service that builds its image may clear it). */
export function setImagePlan(file: ComposeFile, service: string, image: string): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const value = image.trim()
  const path = ['services', service, 'image']
  if (value === '' && found.data.build !== undefined) return plan(`Remove the image of ${service}`, deleteOp(path))
  const problem = imageInputProblem(value)
  if (problem) return problem
  return found.data.image === value ? null : plan(`Use image ${value} for ${service}`, setOp(path, value))
}

/** The form's text for `command` or `entrypoint`: a string as written, a list as shell words. */
export function commandText(file: ComposeFile, service: string, key: 'command' | 'entrypoint'): string {
  const found = findService(file, service)
  const current = typeof found === 'string' ? undefined : readCommand(found, key)
  if (!current) return ''
  return current.form === 'shell' ? current.text : joinArgs(current.words)
}

export interface CommandInput {
  key: 'command' | 'entrypoint'
  text: string
}

/**
 * Sets `command` or `entrypoint` from a line of shell words. A list stays a list (the words, without a shell), a string
 * stays a string; a new one is written as a list, which runs without a shell. Empty text removes the key.
 */
export function setCommandPlan(file: ComposeFile, service: string, { key, text }: CommandInput): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const path = ['services', service, key]
  const current = readCommand(found, key)
  if (text.trim() === '') return current ? plan(`Remove the ${key} of ${service}`, deleteOp(path)) : null
  if (current?.form === 'shell') return current.text === text ? null : plan(`Set the ${key} of ${service}`, setOp(path, text))
  const words = splitArgs(text)
  if (typeof words === 'string') return words
  if (current?.form === 'exec' && JSON.stringify(current.words) === JSON.stringify(words)) return null
  return plan(`Set the ${key} of ${service}`, setOp(path, words))
}
