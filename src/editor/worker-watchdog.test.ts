import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { restartingWorker } from './worker-watchdog'
import type { WebWorkerLike } from './worker-watchdog'

interface Service {
  doValidation(uri: string): Promise<string[]>
}

/** A fake worker whose answers the test controls: `hang` makes every call wait forever. */
class FakeWorker implements WebWorkerLike<Service> {
  disposed = false
  calls: string[] = []
  readonly hang: boolean
  constructor(hang: boolean) {
    this.hang = hang
  }
  dispose() {
    this.disposed = true
  }
  proxy: Service = {
    doValidation: (uri) => {
      this.calls.push(uri)
      return this.hang ? new Promise<string[]>(() => {}) : Promise.resolve([`checked ${uri}`])
    },
  }
  getProxy() {
    return Promise.resolve(this.proxy)
  }
  withSyncedResources() {
    return Promise.resolve(this.proxy)
  }
}

let made: FakeWorker[]
const make = (hangs: boolean[]) => () => {
  const w = new FakeWorker(hangs[made.length] ?? false)
  made.push(w)
  return w
}

beforeEach(() => {
  vi.useFakeTimers()
  made = []
})
afterEach(() => vi.useRealTimers())

describe('restartingWorker', () => {
  it('passes calls and answers through while the worker answers', async () => {
    const worker = restartingWorker(make([false]), { timeoutMs: 1000 })
    const proxy = await worker.withSyncedResources(['file:///compose.yaml'])
    await expect(proxy.doValidation('a')).resolves.toEqual(['checked a'])
    vi.advanceTimersByTime(5000)
    expect(made).toHaveLength(1)
    expect(made[0].disposed).toBe(false)
  })

  it('replaces a worker that does not answer in time, once, and asks the fresh one again', async () => {
    const onRestart = vi.fn<() => void>()
    const worker = restartingWorker(make([true, false]), { timeoutMs: 1000, onRestart })
    const stuck = await worker.withSyncedResources(['file:///compose.yaml'])
    const first = stuck.doValidation('bomb')
    const second = stuck.doValidation('queued')
    await vi.advanceTimersByTimeAsync(999)
    expect(made).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    await expect(first).resolves.toEqual(['checked bomb'])
    await expect(second).resolves.toEqual(['checked queued'])
    expect(made).toHaveLength(2)
    expect(made[0].disposed).toBe(true)
    expect(onRestart).toHaveBeenCalledTimes(1)

    const fresh = await worker.withSyncedResources(['file:///compose.yaml'])
    await expect(fresh.doValidation('next')).resolves.toEqual(['checked next'])
    expect(made[1].calls).toEqual(['bomb', 'queued', 'next'])
  })

  it('asks again only once: when the fresh worker is stuck too, the call answers nothing and no loop follows', async () => {
    const worker = restartingWorker(make([true, true, false]), { timeoutMs: 1000 })
    const call = (await worker.getProxy()).doValidation('bomb')
    await vi.advanceTimersByTimeAsync(2000)
    await expect(call).resolves.toBeUndefined()
    expect(made.map((w) => w.disposed)).toEqual([true, true, false])
    await vi.advanceTimersByTimeAsync(10_000)
    expect(made).toHaveLength(3)
  })

  it('a late timeout from an old worker does not replace the new one', async () => {
    const worker = restartingWorker(make([true, false]), { timeoutMs: 1000 })
    const old = await worker.withSyncedResources([])
    void old.doValidation('a')
    await vi.advanceTimersByTimeAsync(500)
    void old.doValidation('b')
    await vi.advanceTimersByTimeAsync(500)
    expect(made).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(500)
    expect(made).toHaveLength(2)
    expect(made[1].calls).toEqual(['a', 'b'])
  })

  it('passes errors through and refuses calls after dispose', async () => {
    const worker = restartingWorker(() => {
      const w = new FakeWorker(false)
      w.proxy.doValidation = () => Promise.reject(new Error('no such model'))
      return w
    }, { timeoutMs: 1000 })
    const proxy = await worker.getProxy()
    await expect(proxy.doValidation('a')).rejects.toThrow('no such model')
    worker.dispose()
    await expect(worker.getProxy()).rejects.toThrow(/disposed/)
  })
})
