// Nothing may leave the origin: every request of every test is recorded, and anything not on 127.0.0.1 is aborted.
import type { BrowserContext } from '@playwright/test'

export const ALLOWED_URL = /^(https?:\/\/127\.0\.0\.1:\d+\/|data:|blob:http:\/\/127\.0\.0\.1:\d+\/)/

export interface RequestLog {
  /** Every request URL the context made, in order. */
  all: string[]
  /** The ones that were not allowed (and were aborted). */
  offsite: string[]
}

export async function recordRequests(context: BrowserContext): Promise<RequestLog> {
  const log: RequestLog = { all: [], offsite: [] }
  context.on('request', (request) => {
    const url = request.url()
    log.all.push(url)
    if (!ALLOWED_URL.test(url)) log.offsite.push(url)
  })
  await context.route(
    (url) => !ALLOWED_URL.test(url.href),
    async (route) => {
      const url = route.request().url()
      if (!log.offsite.includes(url)) log.offsite.push(url)
      await route.abort('blockedbyclient')
    },
  )
  return log
}
