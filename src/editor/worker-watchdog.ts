// A Monaco web worker that is replaced when it stops answering. Invariant: when a call is unanswered after
// `timeoutMs`, the worker is terminated and a fresh one created (once per worker), and the call is asked once more
// of the fresh worker, which reads the models as they are now; a second timeout resolves it to undefined (the
// provider shows nothing). So a language server stuck on one document does not leave markers, hover and completion
// silent until reload, and the request that found it stuck still gets its answer.

/** The part of monaco.editor.MonacoWebWorker the providers use. */
export interface WebWorkerLike<T> {
  dispose(): void
  getProxy(): Promise<T>
  withSyncedResources(resources: unknown[]): Promise<T>
}

export interface WatchdogOptions {
  timeoutMs: number
  /** Called after a worker that did not answer was replaced (for the console). */
  onRestart?(): void
}

type Method = (...args: unknown[]) => unknown

export function restartingWorker<T extends object>(create: () => WebWorkerLike<T>, { timeoutMs, onRestart }: WatchdogOptions): WebWorkerLike<T> {
  let current: WebWorkerLike<T> | null = create()
  let generation = 0

  const restart = (stuck: number) => {
    if (stuck !== generation || !current) return
    current.dispose()
    current = create()
    generation += 1
    onRestart?.()
  }

  /** A proxy from the worker of generation `born`; resources: what it was synced with (undefined for getProxy). */
  const proxyOf = (resources: unknown[] | undefined, retry: boolean): Promise<T> => {
    if (!current) return Promise.reject(new Error('The language worker has been disposed.'))
    const born = generation
    const proxy = resources ? current.withSyncedResources(resources) : current.getProxy()
    return proxy.then((p) => watched(p, born, resources, retry))
  }

  /** `proxy` with every method call raced against the timeout. */
  const watched = (proxy: T, born: number, resources: unknown[] | undefined, retry: boolean): T =>
    new Proxy(proxy, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key)
        if (typeof value !== 'function') return value
        return (...args: unknown[]) => {
          const answer = Promise.resolve((value as Method).apply(target, args))
          return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
              restart(born)
              if (!retry) return resolve(undefined)
              proxyOf(resources, false)
                .then((fresh) => (Reflect.get(fresh, key) as Method)(...args))
                .then(resolve, () => resolve(undefined))
            }, timeoutMs)
            answer.then(
              (result) => {
                clearTimeout(timer)
                resolve(result)
              },
              (err: unknown) => {
                clearTimeout(timer)
                reject(err)
              },
            )
          })
        }
      },
    })

  return {
    dispose() {
      current?.dispose()
      current = null
    },
    getProxy: () => proxyOf(undefined, true),
    withSyncedResources: (resources) => proxyOf(resources, true),
  }
}
