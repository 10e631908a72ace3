/**
 * The one way the page builds DOM: elements, attributes and text nodes. Data never reaches
 * innerHTML, so a node called `<img onerror=…>` shows as text.
 */
export type Child = Node | string | number | null | undefined | false;

type Listener = (event: Event) => void;

export interface Attrs {
  class?: string;
  /** Listeners by event name. */
  on?: Record<string, Listener>;
  /** Attributes (aria-*, role, type, title…) set with setAttribute; `false`/undefined omits one. */
  [name: string]: string | number | boolean | undefined | Record<string, Listener>;
}

/** Creates an element with attributes, listeners and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'on') {
      for (const [type, fn] of Object.entries(value as Record<string, Listener>)) el.addEventListener(type, fn);
    } else if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== undefined) el.setAttribute(name === 'class' ? 'class' : name, String(value));
  }
  append(el, ...children);
  return el;
}

/** Appends children, turning strings and numbers into text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** Looks up an element the static page must have; a missing one is a programming error. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
}

/** Formats an integer with thousands separators ("1,234"). */
export const formatCount = (n: number): string => n.toLocaleString('en-US');
