// A tiny element builder: text goes in as text nodes (never as HTML), attributes as attributes.

type Attrs = Record<string, string | number | boolean | undefined | null | ((e: Event) => void)>;
export type Kid = Node | string | number | null | undefined | false | Kid[];

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...kids: Kid[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (typeof v === 'function') {
      el.addEventListener(k.replace(/^on/, ''), v);
    } else if (v === true) {
      el.setAttribute(k, '');
    } else {
      el.setAttribute(k, String(v));
    }
  }
  append(el, kids);
  return el;
}

function append(el: Node, kids: Kid[]): void {
  for (const kid of kids) {
    if (kid === null || kid === undefined || kid === false) continue;
    if (Array.isArray(kid)) append(el, kid);
    else el.appendChild(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
}

/** A table: a header row and rows of cells; the first column is a row header. */
export function table(caption: string, head: string[], rows: Kid[][], opts: { numeric?: boolean } = {}): HTMLElement {
  // the caption stays above the scrolling part, so it wraps on a phone instead of scrolling away
  return h('figure', { class: 'table-block' },
    h('figcaption', { class: 'caption' }, caption),
    h('div', { class: 'table-wrap' }, h('table', { class: opts.numeric === false ? 'data' : 'data numeric', 'aria-label': caption },
      h('thead', {}, h('tr', {}, head.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))))))));
}
