// Downloads made in the page: a temporary object URL, revoked once the browser has taken the file. Nothing is sent.

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export function downloadText(text: string, name: string, type = 'application/yaml'): void {
  downloadBlob(new Blob([text], { type }), name)
}
