// Every element of the page is built here. Dataset strings only ever become
// text nodes or attribute values; nothing is parsed as HTML, so an article
// containing `<script>` shows the characters and runs nothing.

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** Attributes; event-handler attributes (`on…`) are refused. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
}

function setAttributes(el: Element, attrs: Props["attrs"]): void {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`refusing to set the event-handler attribute ${name}`);
    if ((name === "href" || name === "src") && !isSafeUrl(String(value))) {
      throw new Error(`refusing ${name}=${JSON.stringify(value)}: only #fragments and https: URLs are linked`);
    }
    el.setAttribute(name, value === true ? "" : String(value));
  }
}

/** Links the page makes: in-page fragments, or https: pages it builds itself (Wikidata). */
export function isSafeUrl(url: string): boolean {
  return url.startsWith("#") || /^https:\/\/[^\s/\\]+\//.test(url);
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  setAttributes(el, props.attrs);
  append(el, children);
  return el;
}

const SVG = "http://www.w3.org/2000/svg";

/** An SVG element with attributes and children; strings become text nodes. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Props["attrs"] = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

/** Replaces an element's children. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}
