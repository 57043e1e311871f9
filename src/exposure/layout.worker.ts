// The diagram's layout worker: ELK takes a few hundred milliseconds on a small stack, too long for the page's thread
// while someone types. Bundled by Vite's `?worker` import (same origin, no outside request).
import { layoutExposure } from './layout'
import type { LayoutAnswer, LayoutRequest } from './layout-client'

self.onmessage = async ({ data }: MessageEvent<LayoutRequest>) => {
  let answer: LayoutAnswer
  try {
    answer = { id: data.id, layout: await layoutExposure(data.graph) }
  } catch (error) {
    answer = { id: data.id, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(answer)
}
