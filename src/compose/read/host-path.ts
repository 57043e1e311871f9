// Host paths as the kernel resolves them, so that `//etc/./ssl/` and `/srv/../etc` are compared as `/etc/ssl` and `/etc`.

/** POSIX normalisation: `//`, `/./`, `..` and trailing slashes. Relative paths stay relative. */
export function normalizePath(p: string): string {
  const absolute = p.startsWith('/')
  const out: string[] = []
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') { if (out.length && out[out.length - 1] !== '..') out.pop(); else if (!absolute) out.push('..'); continue }
    out.push(seg)
  }
  return (absolute ? '/' : '') + out.join('/') || (absolute ? '/' : '.')
}

/** True when `path` is `root` or below it (both normalised), comparing whole segments. */
export function isUnder(path: string, root: string): boolean {
  if (root === '/') return path.startsWith('/')
  return path === root || path.startsWith(`${root}/`)
}
