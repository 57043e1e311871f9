import { describe, expect, it } from 'vitest'
import { MAX_LINK_CHARS, MAX_SHARED_BYTES, SHARE_PREFIX, decodeShare, encodeShare } from './share-link'

const DOC = `# A comment, unicode — ü, and CRLF kept\r\nservices:\r\n  web:\r\n    image: nginx:1.27\r\n`

describe('share links', () => {
  it('carry the document byte for byte in a URL-safe fragment', async () => {
    const encoded = await encodeShare(DOC)
    if (!encoded.ok) throw new Error(encoded.reason)
    expect(encoded.fragment.startsWith(SHARE_PREFIX)).toBe(true)
    expect(encoded.fragment).toMatch(/^[A-Za-z0-9._=-]+$/)
    expect(await decodeShare(`#${encoded.fragment}`)).toEqual({ ok: true, text: DOC })
  })

  it('compress a real file well below the link limit', async () => {
    const big = Array.from({ length: 400 }, (_, i) => `  svc${i}:\n    image: nginx:1.27\n    read_only: true\n`).join('')
    const encoded = await encodeShare(`services:\n${big}`)
    expect(encoded.ok && encoded.fragment.length).toBeLessThan(4000)
  })

  it('ignore fragments that are no share link', async () => {
    expect(await decodeShare('')).toBeNull()
    expect(await decodeShare('#section-2')).toBeNull()
  })

  it('refuse a damaged link and say so', async () => {
    expect(await decodeShare(`#${SHARE_PREFIX}not*base64`)).toEqual({ ok: false, reason: expect.stringMatching(/damaged/) })
    const encoded = await encodeShare(DOC)
    const cut = encoded.ok ? encoded.fragment.slice(0, -6) : ''
    expect(await decodeShare(cut)).toMatchObject({ ok: false })
  })

  it('refuse a link that inflates past the limit (a deflate bomb)', async () => {
    const bomb = await encodeShare('a'.repeat(MAX_SHARED_BYTES))
    expect(bomb.ok).toBe(true)
    // Encoded at the limit is fine; one byte more inflates past it.
    const over = await encodeShare('a'.repeat(MAX_SHARED_BYTES + 1))
    expect(over).toEqual({ ok: false, reason: expect.stringMatching(/at most 2048 KB/) })
    const raw = new Uint8Array(await new Response(new Blob(['a'.repeat(MAX_SHARED_BYTES + 10)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer())
    let binary = ''
    for (const b of raw) binary += String.fromCharCode(b)
    const fragment = SHARE_PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
    expect(await decodeShare(fragment)).toEqual({ ok: false, reason: expect.stringMatching(/larger than 2048 KB/) })
  })

  it('refuse to make a link longer than chat tools keep', async () => {
    // Random-ish text does not compress.
    let seed = 1
    const noise = Array.from({ length: 80_000 }, () => String.fromCharCode(33 + ((seed = (seed * 16807) % 2147483647) % 90))).join('')
    const encoded = await encodeShare(noise)
    expect(encoded).toEqual({ ok: false, reason: expect.stringMatching(new RegExp(`links over ${MAX_LINK_CHARS / 1024} KB`)) })
  })
})
