// What a widget shows or says, read the way a person or a screen reader meets it, for the
// one-language-at-a-time and Thai-digit tests: every text node and every attribute that is
// read out, through shadow roots (a widget inside a widget too), never the values typed into
// fields, `data-*` attributes or drawing coordinates.

/** Attributes whose words reach a person: read out by screen readers or shown as tooltips. */
const SPOKEN_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
];

/** One piece of text and where it was found, for a failure message that points at it. */
export interface RenderedPiece {
  readonly text: string;
  readonly where: string;
}

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const part = element.getAttribute('part');
  const classes = element.getAttribute('class')?.trim().split(/\s+/).join('.');
  return `${element.localName}${id}${part ? `[part=${part}]` : ''}${classes ? `.${classes}` : ''}`;
}

/** Every text node and spoken attribute inside `host`'s shadow root, nested ones included. */
export function renderedText(host: Element): RenderedPiece[] {
  const pieces: RenderedPiece[] = [];
  const visit = (node: Node, path: string) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      if (text) pieces.push({ text, where: path });
      return;
    }
    if (!(node instanceof Element)) {
      node.childNodes.forEach((child) => visit(child, path));
      return;
    }
    if (node.localName === 'style' || node.localName === 'script') return;
    const here = `${path} > ${describe(node)}`;
    for (const name of SPOKEN_ATTRIBUTES) {
      const value = node.getAttribute(name)?.trim();
      if (value) pieces.push({ text: value, where: `${here} @${name}` });
    }
    if (node.shadowRoot) visit(node.shadowRoot, here);
    node.childNodes.forEach((child) => visit(child, here));
  };
  visit(host.shadowRoot!, describe(host));
  return pieces;
}

/** `text` without each of `typed` (data people typed, shown as typed). */
function withoutTyped(text: string, typed: readonly string[]): string {
  return typed.reduce((rest, each) => rest.split(each).join(' '), text);
}

const THAI = /[\u0E00-\u0E7F]/;
const LATIN_WORD = /[A-Za-z]+/g;

/**
 * The pieces that speak the other language than `language`: in English any Thai character, in
 * Thai any Latin word not in `allowedWords` (units and codes such as `CSV`), once the strings
 * people typed (names, notes, file names) are taken out.
 */
export function otherLanguage(
  host: Element,
  language: 'th' | 'en',
  typed: readonly string[] = [],
  allowedWords: readonly string[] = [],
): string[] {
  return renderedText(host)
    .map(({ text, where }) => {
      const rest = withoutTyped(text, typed);
      if (language === 'en') return THAI.test(rest) ? `${where}: ${text}` : '';
      const words = (rest.match(LATIN_WORD) ?? []).filter((word) => !allowedWords.includes(word));
      return words.length > 0 ? `${where}: ${text} (${words.join(', ')})` : '';
    })
    .filter(Boolean);
}

/** The pieces with an Arabic digit (0–9), once the strings people typed are taken out. */
export function arabicDigits(host: Element, typed: readonly string[] = []): string[] {
  return renderedText(host)
    .filter(({ text }) => /[0-9]/.test(withoutTyped(text, typed)))
    .map(({ text, where }) => `${where}: ${text}`);
}

/** Waits for `element` and every widget inside its shadow root to finish rendering. */
export async function settled(element: Element): Promise<void> {
  const widgets = [element, ...(element.shadowRoot?.querySelectorAll('*') ?? [])].filter(
    (each): each is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in each,
  );
  await Promise.all(widgets.map((each) => each.updateComplete));
}
