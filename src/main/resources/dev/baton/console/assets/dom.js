// Building the page from data: every value becomes a text node or an attribute, never markup.

/** An element with attributes (on* handlers given as functions) and children (strings become text). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  setAll(el, attrs);
  append(el, children);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element, as h(). */
export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  setAll(el, attrs);
  append(el, children);
  return el;
}

function setAll(el, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A time in the viewer's time zone, or an empty string. */
export function when(iso) {
  return iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' }) : '';
}

/** A duration between two ISO times (the second defaulting to now), as 1.2 s, 3 min 4 s or 1 h 2 min. */
export function duration(from, to) {
  if (!from) return '';
  const ms = (to ? Date.parse(to) : Date.now()) - Date.parse(from);
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(1)} s`;
  const min = Math.floor(ms / 60000);
  return min < 60 ? `${min} min ${Math.round((ms % 60000) / 1000)} s` : `${Math.floor(min / 60)} h ${min % 60} min`;
}

/** A status badge. */
export function badge(status) {
  return h('span', { class: `badge st-${status}` }, status);
}

/** A message box for an error (its text only). */
export function failure(error) {
  const lines = [error.message];
  if (error.body && Array.isArray(error.body.problems)) {
    for (const p of error.body.problems) lines.push(problemText(p));
  }
  return h('div', { class: 'error', role: 'alert' }, lines.map((l) => h('div', {}, l)));
}

/** A pipeline problem as source:line:column code message. */
export function problemText(p) {
  return `${p.source || p.file || 'pipeline'}:${p.line}:${p.column} ${p.code || ''} ${p.message}`;
}

/** Parses memory given as a JSON object; throws an Error that says what is wrong. */
export function memoryOf(text) {
  if (!text.trim()) return {};
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`memory is not valid JSON: ${e.message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('memory must be a JSON object, e.g. {"customer": "Ann"}');
  }
  return value;
}
