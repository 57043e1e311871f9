// Share links: the document deflated into the URL's #fragment, which browsers never send to a server. Uses the
// platform's CompressionStream (deflate-raw; every current browser and Node >= 18), so no compression code of our
// own. Decoding refuses links that inflate past MAX_SHARED_BYTES, so a crafted link cannot exhaust memory.

export const SHARE_PREFIX = 'share=v1.'
/** Above this many characters of fragment, a link no longer survives chat tools and mail clients reliably. */
export const MAX_LINK_CHARS = 64 * 1024
/** A shared document is a compose file: anything that inflates beyond this is refused. */
export const MAX_SHARED_BYTES = 2 * 1024 * 1024

export type ShareEncoding = { ok: true; fragment: string } | { ok: false; reason: string }
export type ShareDecoding = { ok: true; text: string } | { ok: false; reason: string }

async function pump(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw new RangeError('too large')
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

const through = (bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit: number) =>
  pump(new Blob([bytes as BlobPart]).stream().pipeThrough(transform), limit)

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

const kb = (n: number) => `${Math.ceil(n / 1024)} KB`

/** The fragment (without `#`) that carries `text`, or why it cannot. */
export async function encodeShare(text: string): Promise<ShareEncoding> {
  const raw = new TextEncoder().encode(text)
  if (raw.byteLength > MAX_SHARED_BYTES) return { ok: false, reason: `The document is ${kb(raw.byteLength)}; a share link carries at most ${kb(MAX_SHARED_BYTES)}. Download the file instead.` }
  const fragment = SHARE_PREFIX + toBase64Url(await through(raw, new CompressionStream('deflate-raw'), Infinity))
  if (fragment.length > MAX_LINK_CHARS)
    return { ok: false, reason: `The link would be ${kb(fragment.length)} long even compressed; links over ${kb(MAX_LINK_CHARS)} break in chat and mail. Download the file instead.` }
  return { ok: true, fragment }
}

/** The document a fragment carries; null when the fragment is no share link at all. */
export async function decodeShare(fragment: string): Promise<ShareDecoding | null> {
  const body = fragment.replace(/^#/, '')
  if (!body.startsWith(SHARE_PREFIX)) return null
  try {
    const bytes = await through(fromBase64Url(body.slice(SHARE_PREFIX.length)), new DecompressionStream('deflate-raw'), MAX_SHARED_BYTES)
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch (err) {
    if (err instanceof RangeError) return { ok: false, reason: `The shared document is larger than ${kb(MAX_SHARED_BYTES)}; it was not opened.` }
    return { ok: false, reason: 'The share link is damaged (it may have been cut short when it was copied); nothing was opened.' }
  }
}
