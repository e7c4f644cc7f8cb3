// Building the page from data. Every string from the API becomes a text node or an attribute
// value; nothing here parses markup, so an article can never inject elements or scripts.

const SVG_NS = 'http://www.w3.org/2000/svg';

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function setProps(el, props) {
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2), v);
    } else if (k === 'dataset') {
      Object.assign(el.dataset, v);
    } else if (k === 'class') {
      el.setAttribute('class', v);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

/** An HTML element: `h('a', {href: '#/'}, 'text', child, [more])`. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  setProps(el, props);
  append(el, children);
  return el;
}

/** An SVG element, same shape as `h`. */
export function s(tag, props, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setProps(el, props);
  append(el, children);
  return el;
}

/** Replaces the children of `el`. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A link only for http(s) addresses; anything else (javascript:, data:) stays plain text. */
export function safeLink(url, label) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    return h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, label ?? url);
  }
  return h('span', null, label ?? url ?? '');
}
