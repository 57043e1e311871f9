// The diagram out of the page: its SVG as a file, or drawn on a canvas and saved as PNG. All in the browser: the
// image is read from a blob: URL of the same page, so the canvas stays clean and nothing is fetched.

/** The SVG's markup, with its XML declaration, ready to be saved as a .svg file. */
export function svgMarkup(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement
  // The page scales the drawing with a class; a file keeps the natural size its width and height give.
  clone.removeAttribute('class')
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`
}

/** Draws the SVG on a canvas `scale` times its size (sharp on high-density screens) and encodes it as PNG. */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }))
  try {
    const image = new Image(width, height)
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.ceil(width * scale)
    canvas.height = Math.ceil(height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This browser cannot draw on a canvas.')
    context.scale(scale, scale)
    context.drawImage(image, 0, 0, width, height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'))
  } finally {
    URL.revokeObjectURL(url)
  }
}
