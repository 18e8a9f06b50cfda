// A pipeline's plan drawn as a DAG: one column per wave, laid out once (each wave ordered by the mean
// row of its stages' dependencies, to keep edges short), drawn as SVG, zoomed and panned through the
// viewBox, searched by name. Statuses change classes only; nothing is laid out again.
import { h, s } from './dom.js';

const COL = 230;
const ROW = 54;
const W = 190;
const H = 42;
const PAD = 24;
const PALETTE = 8;

/** Positions of every stage: {pos: Map name → {x, y}, width, height}. */
export function layout(plan) {
  const byName = new Map(plan.stages.map((st) => [st.name, st]));
  const pos = new Map();
  let rows = 1;
  plan.waves.forEach((wave, col) => {
    const names = wave.stages.map((name, index) => {
      const deps = ((byName.get(name) || {}).dependencies || []).filter((d) => pos.has(d));
      const mean = deps.length ? deps.reduce((sum, d) => sum + pos.get(d).row, 0) / deps.length : index;
      return { name, key: mean, index };
    });
    names.sort((a, b) => a.key - b.key || a.index - b.index);
    names.forEach((n, row) => pos.set(n.name, { x: PAD + col * COL, y: PAD + row * ROW, row }));
    rows = Math.max(rows, names.length);
  });
  return { pos, width: PAD * 2 + Math.max(0, plan.waves.length - 1) * COL + W, height: PAD * 2 + (rows - 1) * ROW + H };
}

/** A plan made from an execution's stages alone (no dependencies known): one column per wave. */
export function planOfStages(stages) {
  const waves = new Map();
  for (const st of stages) {
    if (!waves.has(st.wave)) waves.set(st.wave, []);
    waves.get(st.wave).push(st.name);
  }
  return {
    stages: stages.map((st) => ({ name: st.name, wave: st.wave, dependencies: [] })),
    waves: [...waves.keys()].sort((a, b) => a - b).map((w) => ({ wave: w, stages: waves.get(w) })),
  };
}

function categoryClass(category) {
  let hash = 0;
  for (const c of category || 'default') hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return `cat-${hash % PALETTE}`;
}

function short(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The DAG view: a toolbar (zoom, fit, search, fade passed) over the SVG. */
export class Dag {
  constructor(plan, { onSelect } = {}) {
    this.plan = plan;
    this.onSelect = onSelect;
    this.nodes = new Map();
    const started = performance.now();
    this.layout = layout(plan);
    this.svg = this.draw();
    this.search = h('input', { type: 'search', placeholder: 'Find a stage', 'aria-label': 'Find a stage', class: 'dag-search',
      oninput: () => this.find(this.search.value) });
    this.found = h('span', { class: 'muted', 'aria-live': 'polite' });
    this.fade = h('input', { type: 'checkbox', id: 'fade-passed', onchange: () => this.svg.classList.toggle('fade-passed', this.fade.checked) });
    this.element = h('section', { class: 'dag', 'aria-label': 'Stages as a graph' },
      h('div', { class: 'toolbar' },
        h('button', { type: 'button', title: 'Zoom in', onclick: () => this.zoom(0.8) }, '+'),
        h('button', { type: 'button', title: 'Zoom out', onclick: () => this.zoom(1.25) }, '−'),
        h('button', { type: 'button', onclick: () => this.fit() }, 'Fit'),
        this.search, this.found,
        h('label', {}, this.fade, ' fade passed'),
        h('span', { class: 'legend' }, `${plan.stages.length} stages in ${plan.waves.length} waves`)),
      this.svg);
    // as tall as the graph needs, within bounds; zoom and pan show the rest
    this.svg.style.height = `${Math.max(160, Math.min(560, this.layout.height))}px`;
    this.fit();
    this.laidOutMs = performance.now() - started;
  }

  draw() {
    const { pos, width, height } = this.layout;
    const edges = s('g', { class: 'edges' });
    const nodes = s('g', { class: 'nodes' });
    const parts = [];
    for (const st of this.plan.stages) {
      const to = pos.get(st.name);
      if (!to) continue;
      for (const dep of st.dependencies || []) {
        const from = pos.get(dep);
        if (!from) continue;
        const x1 = from.x + W;
        const y1 = from.y + H / 2;
        const x2 = to.x;
        const y2 = to.y + H / 2;
        const mid = (x1 + x2) / 2;
        parts.push(`M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}`);
      }
      const g = s('g', { class: `node st-NOT_RUN ${categoryClass(st.category)}`, transform: `translate(${to.x} ${to.y})`,
        'data-stage': st.name, tabindex: 0, role: 'button', 'aria-label': `stage ${st.name}` },
        s('title', {}, [st.name, st.category && `category ${st.category}`, st.agent && `agent ${st.agent}`,
          st.advisors && st.advisors.length && `reviewers ${st.advisors.join(', ')}`,
          st.threshold != null && `threshold ${st.threshold}`].filter(Boolean).join('\n')),
        s('rect', { width: W, height: H, rx: 6 }),
        s('rect', { class: 'stripe', width: 6, height: H, rx: 3 }),
        s('text', { x: 12, y: 17, class: 'name' }, short(st.name, 24)),
        s('text', { x: 12, y: 33, class: 'sub' }, short([st.category, (st.advisors || []).join(', ')].filter(Boolean).join(' · '), 30)));
      this.nodes.set(st.name, g);
      nodes.append(g);
    }
    // one path for every edge: thousands of edges stay one element
    edges.append(s('path', { d: parts.join('') }));
    const svg = s('svg', { class: 'dag-svg', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'pipeline graph' }, edges, nodes);
    svg.addEventListener('click', (e) => this.clicked(e));
    svg.addEventListener('keydown', (e) => { if (e.key === 'Enter') this.clicked(e); });
    svg.addEventListener('wheel', (e) => { e.preventDefault(); this.zoom(e.deltaY > 0 ? 1.15 : 0.87, this.point(e)); }, { passive: false });
    let drag = null;
    svg.addEventListener('pointerdown', (e) => { if (!e.target.closest('.node')) drag = { x: e.clientX, y: e.clientY, view: { ...this.view } }; });
    svg.addEventListener('pointermove', (e) => {
      if (!drag) return;
      const scale = this.view.w / svg.clientWidth;
      this.show({ ...drag.view, x: drag.view.x - (e.clientX - drag.x) * scale, y: drag.view.y - (e.clientY - drag.y) * scale });
    });
    svg.addEventListener('pointerup', () => { drag = null; });
    svg.addEventListener('pointerleave', () => { drag = null; });
    return svg;
  }

  clicked(e) {
    const node = e.target.closest && e.target.closest('.node');
    if (node && this.onSelect) this.onSelect(node.getAttribute('data-stage'));
  }

  point(e) {
    const box = this.svg.getBoundingClientRect();
    return { x: this.view.x + ((e.clientX - box.left) / box.width) * this.view.w, y: this.view.y + ((e.clientY - box.top) / box.height) * this.view.h };
  }

  show(view) {
    this.view = view;
    this.svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
    // far out, names would be a pixel high: not drawing them keeps thousands of stages fast to paint
    this.svg.classList.toggle('far', view.w / (this.svg.clientWidth || 800) > 2.5);
  }

  fit() {
    this.show({ x: 0, y: 0, w: this.layout.width, h: this.layout.height });
  }

  zoom(factor, at) {
    const c = at || { x: this.view.x + this.view.w / 2, y: this.view.y + this.view.h / 2 };
    this.show({ x: c.x - (c.x - this.view.x) * factor, y: c.y - (c.y - this.view.y) * factor, w: this.view.w * factor, h: this.view.h * factor });
  }

  /** Marks the stages whose name contains the text and brings the first into view. */
  find(text) {
    const q = text.trim().toLowerCase();
    let first = null;
    let count = 0;
    for (const [name, g] of this.nodes) {
      const hit = q !== '' && name.toLowerCase().includes(q);
      g.classList.toggle('match', hit);
      if (hit) {
        count += 1;
        first = first || name;
      }
    }
    this.svg.classList.toggle('searching', q !== '');
    this.found.textContent = q ? `${count} found` : '';
    if (first) {
      const p = this.layout.pos.get(first);
      const w = Math.min(this.layout.width, COL * 4);
      const hgt = w * (this.view.h / this.view.w);
      this.show({ x: p.x + W / 2 - w / 2, y: p.y + H / 2 - hgt / 2, w, h: hgt });
    }
  }

  /** Shows a stage's status (PASSED, RUNNING, …). */
  status(name, status) {
    const g = this.nodes.get(name);
    if (!g) return;
    g.setAttribute('class', g.getAttribute('class').replace(/\bst-\S+/, `st-${status}`));
    g.setAttribute('data-status', status);
  }

  select(name) {
    for (const [n, g] of this.nodes) g.classList.toggle('selected', n === name);
  }
}
