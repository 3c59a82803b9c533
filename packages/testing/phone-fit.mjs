// How a page measures up on a phone, shared by the widgets' tests (in the test runner's page) and
// the examples' end-to-end tests (handed to puppeteer's page.evaluate, so it is one function that
// uses nothing from this module's scope).

/**
 * Measures the page at its current viewport, across open shadow roots: how wide it scrolls;
 * what runs past the right edge outside a box that scrolls or clips (so is cut off or widens
 * the page); controls smaller than a finger-sized target (a checkbox or radio button counts its
 * label's box, which presses it too); and boxes that scroll sideways but that a keyboard cannot
 * reach (no tabindex) or a screen reader cannot name (no aria-label or aria-labelledby).
 *
 * @param {number} [touchTarget] the smallest width and height of a control, in CSS pixels
 *   (44, as WCAG 2.5.5 and the platforms' guides ask)
 * @returns {{ scrollWidth: number, innerWidth: number, pastTheEdge: string[],
 *   smallTargets: string[], scrollBoxesWithoutKeyboard: string[] }}
 */
export function measurePhoneFit(touchTarget = 44) {
  const describe = (element) => {
    const host = element.getRootNode().host;
    const classes = [...element.classList].map((name) => `.${name}`).join('');
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
    return `${host ? `${host.localName} > ` : ''}${element.localName}${
      element.id ? `#${element.id}` : ''
    }${classes}${text ? ` "${text}"` : ''}`;
  };
  const parentOf = (element) =>
    element.parentElement ??
    (element.parentNode instanceof ShadowRoot ? element.parentNode.host : null);
  const scrollsOrClips = (element) =>
    element !== document.documentElement &&
    element !== document.body &&
    ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
  const insideScrollBox = (element) => {
    for (let node = parentOf(element); node; node = parentOf(node)) {
      if (scrollsOrClips(node)) return true;
    }
    return false;
  };
  const named = (element) =>
    Boolean(element.getAttribute('aria-label')?.trim()) ||
    (element.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .some((id) => id && element.getRootNode().getElementById(id)?.textContent.trim());
  const elements = [];
  const collect = (root) => {
    for (const element of root.querySelectorAll('*')) {
      elements.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  collect(document);

  const pastTheEdge = [];
  const smallTargets = [];
  const scrollBoxesWithoutKeyboard = [];
  for (const element of elements) {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
    if (box.right > innerWidth + 0.5 && !insideScrollBox(element)) {
      pastTheEdge.push(`${describe(element)} ends at ${Math.round(box.right)} px`);
    }
    if (element.matches('button, select, textarea, a[href], summary, input:not([type="hidden"])')) {
      const boxes = [
        box,
        ...[...(element.labels ?? [])].map((label) => label.getBoundingClientRect()),
      ];
      const width = Math.max(...boxes.map((each) => each.width));
      const height = Math.max(...boxes.map((each) => each.height));
      if (width < touchTarget - 0.01 || height < touchTarget - 0.01) {
        smallTargets.push(`${describe(element)} ${width.toFixed(1)} × ${height.toFixed(1)}`);
      }
    }
    if (
      ['auto', 'scroll'].includes(style.overflowX) &&
      element.scrollWidth > element.clientWidth + 1 &&
      !(element.tabIndex >= 0 && named(element))
    ) {
      scrollBoxesWithoutKeyboard.push(describe(element));
    }
  }
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth,
    pastTheEdge,
    smallTargets,
    scrollBoxesWithoutKeyboard,
  };
}
