// The diagram's layout worker: ELK takes a few hundred milliseconds on a small stack, too long for the page's thread
// while someone types. Bundled by Vite's `?worker` import (same origin, no outside request).
// ELK is imported statically on purpose: loaded in a worker, its bundled build claims `self.onmessage` for itself, so
// it must load before this module sets the handler (a lazy import would take over every message after the first).
import Elk from 'elkjs/lib/elk.bundled.js'
import { layoutWith } from './layout'
import type { LayoutAnswer, LayoutRequest } from './layout-client'

const elk = new Elk()

self.onmessage = async ({ data }: MessageEvent<LayoutRequest>) => {
  let answer: LayoutAnswer
  try {
    answer = { id: data.id, layout: await layoutWith(elk, data.graph) }
  } catch (error) {
    answer = { id: data.id, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(answer)
}
