// A run's timeline (Gantt): one bar per stage that started, on one time axis, with the critical
// path marked: from the stage that ended last, back through the dependency that ended last before
// it started, to the first.
import { h, s, duration } from './dom.js';

/** The critical path: names from the first stage to the one that ended last. */
export function criticalPath(stages, dependencies) {
  const ran = new Map(stages.filter((st) => st.startedAt && st.endedAt).map((st) => [st.name, st]));
  let current = [...ran.values()].sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt))[0];
  const path = [];
  while (current && !path.includes(current.name)) {
    path.unshift(current.name);
    const before = (dependencies.get(current.name) || []).map((d) => ran.get(d)).filter(Boolean);
    current = before.sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt))[0];
  }
  return path;
}

/** The timeline of an execution's stages; dependencies maps a stage to the stages it depends on. */
export function timeline(stages, dependencies) {
  const ran = stages.filter((st) => st.startedAt).sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  if (!ran.length) return h('p', { class: 'muted' }, 'No stage has started yet.');
  const now = Date.now();
  const start = Math.min(...ran.map((st) => Date.parse(st.startedAt)));
  const end = Math.max(...ran.map((st) => (st.endedAt ? Date.parse(st.endedAt) : now)));
  const span = Math.max(end - start, 1);
  const critical = new Set(criticalPath(stages, dependencies));
  const LABEL = 180;
  const WIDTH = 900;
  const ROW = 24;
  const x = (t) => LABEL + ((t - start) / span) * (WIDTH - LABEL - 10);
  const svg = s('svg', { class: 'timeline', viewBox: `0 0 ${WIDTH} ${ran.length * ROW + 30}`, role: 'img', 'aria-label': 'stage timeline' });
  for (let i = 0; i <= 4; i++) {
    const t = start + (span * i) / 4;
    svg.append(s('line', { class: 'tick', x1: x(t), x2: x(t), y1: 0, y2: ran.length * ROW }),
      s('text', { class: i === 4 ? 'tick-label last' : 'tick-label', x: x(t), y: ran.length * ROW + 16 },
        `+${duration(new Date(start).toISOString(), new Date(t).toISOString())}`));
  }
  ran.forEach((st, i) => {
    const from = x(Date.parse(st.startedAt));
    const to = x(st.endedAt ? Date.parse(st.endedAt) : now);
    const onPath = critical.has(st.name);
    svg.append(s('g', { class: `bar st-${st.status}${onPath ? ' critical' : ''}`, 'data-stage': st.name },
      s('title', {}, `${st.name}: ${duration(st.startedAt, st.endedAt)}${onPath ? ' (critical path)' : ''}`),
      s('text', { x: LABEL - 8, y: i * ROW + 16, class: 'label' }, st.name.length > 24 ? `${st.name.slice(0, 23)}…` : st.name),
      s('rect', { x: from, y: i * ROW + 4, width: Math.max(to - from, 2), height: ROW - 8, rx: 3 })));
  });
  return h('figure', { class: 'timeline-box' }, svg,
    h('figcaption', {}, `Critical path (${critical.size} stages): ${[...criticalPath(stages, dependencies)].join(' → ')}`));
}
