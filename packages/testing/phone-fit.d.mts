/** What {@link measurePhoneFit} finds; every list empty on a page that fits. */
export interface PhoneFit {
  /** The page's scroll width: at most `innerWidth` when nothing scrolls sideways. */
  scrollWidth: number;
  innerWidth: number;
  /** Elements running past the right edge outside a box that scrolls or clips. */
  pastTheEdge: string[];
  /** Controls under the touch target in width or height, with their size. */
  smallTargets: string[];
  /** Boxes that scroll sideways without a tabindex or an accessible name. */
  scrollBoxesWithoutKeyboard: string[];
}

/** Measures the page at its current viewport, across open shadow roots. */
export function measurePhoneFit(touchTarget?: number): PhoneFit;
