/** Pixels per module in the saved image: sharp when printed on A5 and still a small file. */
export const IMAGE_MODULE_PIXELS = 8;

/** What the saved image shows: the code's modules and the lines written under it. */
export interface QrImageContent {
  /** The dark modules, by row then column, the quiet zone included. */
  readonly dark: readonly (readonly boolean[])[];
  /** Lines under the code, the first (the recipient's name) in bold. */
  readonly lines: readonly string[];
  /** The CSS font family to write them in (the widget's own). */
  readonly fontFamily: string;
}

/** The font size (px) at which `text` fits `width`, from `largest` down to 10. */
function fittingSize(
  context: CanvasRenderingContext2D,
  text: string,
  weight: string,
  family: string,
  largest: number,
  width: number,
): number {
  let size = largest;
  for (; size > 10; size--) {
    context.font = `${weight} ${size}px ${family}`;
    if (context.measureText(text).width <= width) break;
  }
  return size;
}

/**
 * A PNG of the code, black on white at {@link IMAGE_MODULE_PIXELS} pixels a module, with the
 * lines written under it, each shrunk to fit the code's width: for a poster or a chat message.
 */
export function qrImage({ dark, lines, fontFamily }: QrImageContent): Promise<Blob> {
  const width = dark.length * IMAGE_MODULE_PIXELS;
  const margin = 4 * IMAGE_MODULE_PIXELS;
  const lineHeight = 1.5;
  const sizes = [24, 18, 18];
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('This browser cannot draw on a canvas.'));
  const fitted = lines.map((line, index) =>
    fittingSize(
      context,
      line,
      index === 0 ? '700' : '400',
      fontFamily,
      sizes[index] ?? 18,
      width - 2 * margin,
    ),
  );
  const textHeight = fitted.reduce((sum, size) => sum + Math.ceil(size * lineHeight), 0);
  canvas.width = width;
  // The text starts in the quiet zone's lower half and leaves as much below it.
  canvas.height = width + textHeight;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000000';
  dark.forEach((row, y) =>
    row.forEach((isDark, x) => {
      if (isDark) {
        context.fillRect(
          x * IMAGE_MODULE_PIXELS,
          y * IMAGE_MODULE_PIXELS,
          IMAGE_MODULE_PIXELS,
          IMAGE_MODULE_PIXELS,
        );
      }
    }),
  );
  context.textAlign = 'center';
  context.textBaseline = 'top';
  let top = width - margin / 2;
  lines.forEach((line, index) => {
    const size = fitted[index]!;
    context.font = `${index === 0 ? '700' : '400'} ${size}px ${fontFamily}`;
    context.fillText(line, width / 2, top + (size * (lineHeight - 1)) / 2);
    top += Math.ceil(size * lineHeight);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
      'image/png',
    ),
  );
}
