const warned = new Set<string>();

/**
 * Registers `tag` for `element`, safely when it may already be taken: two bundles on one page
 * (a partner's copy and ours), or the same script loaded twice. If the tag is already defined
 * by this class, nothing happens; if by another class, the first definition stays, a warning is
 * logged once per tag, and nothing throws.
 *
 * @returns `true` when this call defined the tag.
 */
export function defineElement(tag: string, element: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
    return true;
  }
  if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `<${tag}> is already defined by another copy of Sajja widgets; keeping the first one. ` +
        'Load the Sajja script once per page to avoid mixing versions.',
    );
  }
  return false;
}
