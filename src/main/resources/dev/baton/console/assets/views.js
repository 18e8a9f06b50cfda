// The pipelines list (with upload), one pipeline (its plan, start with memory, its runs × stages
// grid) and the runs list (filters, paging, restart of the selected failed runs).
import { api, seg } from './api.js';
import { h, when, duration, badge, failure, problemText, memoryOf } from './dom.js';
import { Dag } from './dag.js';

const RESTARTABLE = new Set(['FAILED', 'STOPPED', 'CRASHED']);

export async function pipelinesView(main, me) {
  const pipelines = await api('pipelines');
  const rows = pipelines.map((p) => h('tr', { 'data-pipeline': p.name },
    h('td', {}, h('a', { href: `pipelines/${seg(p.name)}` }, p.name)),
    h('td', {}, p.description || ''),
    h('td', {}, p.source),
    h('td', { class: 'num' }, p.valid ? String(p.stages.length) : ''),
    h('td', { class: 'num' }, p.valid ? String(p.waves.length) : ''),
    h('td', {}, p.valid ? 'valid' : h('span', { class: 'bad' }, `${(p.problems || []).length} problems`)),
    h('td', {}, h('a', { href: `executions?pipeline=${seg(p.name)}` }, 'runs'))));
  main.replaceChildren(
    h('h1', {}, 'Pipelines'),
    h('table', { class: 'list', id: 'pipelines' },
      h('thead', {}, h('tr', {}, ['Name', 'Description', 'Source', 'Stages', 'Waves', 'State', ''].map((t) => h('th', {}, t)))),
      h('tbody', {}, rows)),
    uploadForm(me));
}

function uploadForm(me) {
  const name = h('input', { id: 'upload-name', name: 'name', required: true, pattern: '[A-Za-z_][A-Za-z0-9_.\\-]*' });
  const file = h('input', { id: 'upload-file', type: 'file', accept: '.yaml,.yml,application/yaml,text/yaml' });
  const out = h('div', { id: 'upload-result', 'aria-live': 'polite' });
  file.addEventListener('change', () => {
    if (!name.value && file.files[0]) name.value = file.files[0].name.replace(/\.ya?ml$/, '');
  });
  async function send(save) {
    out.replaceChildren();
    if (!file.files[0]) {
      out.append(h('p', { class: 'error' }, 'Choose a YAML file first.'));
      return;
    }
    const yaml = await file.files[0].text();
    try {
      if (save) {
        const saved = await api(`pipelines/${seg(name.value)}`, { method: 'PUT', yaml });
        out.append(h('p', { class: 'ok' }, 'Saved: ', h('a', { href: `pipelines/${seg(saved.name)}` }, saved.name)));
      } else {
        const result = await api(`pipelines/validate?name=${seg(name.value || 'pipeline')}`, { method: 'POST', yaml });
        out.append(result.valid ? h('p', { class: 'ok' }, 'Valid.') : problems(result.problems));
      }
    } catch (e) {
      out.append(failure(e));
    }
  }
  return h('section', { class: 'upload' },
    h('h2', {}, 'Upload a pipeline'),
    h('p', { class: 'muted' }, 'A YAML file; its problems are listed with line and column.'),
    h('label', { for: 'upload-file' }, 'File '), file, ' ',
    h('label', { for: 'upload-name' }, 'Name '), name, ' ',
    h('button', { type: 'button', id: 'upload-validate', onclick: () => send(false) }, 'Validate'), ' ',
    h('button', { type: 'button', id: 'upload-save', class: 'act', disabled: !me.mayAct, onclick: () => send(true) }, 'Save'),
    out);
}

function problems(list) {
  return h('ul', { class: 'error problems' }, list.map((p) => h('li', {}, problemText(p))));
}

export async function pipelineView(main, me, name) {
  const p = await api(`pipelines/${seg(name)}`);
  performance.mark('baton-plan-received');
  const parts = [h('h1', {}, `Pipeline ${p.name}`), h('p', {}, p.description || ''),
    h('p', { class: 'muted' }, `${p.source} · ${p.mode || ''}${p.maxWorkers ? ` · up to ${p.maxWorkers} in parallel` : ''} · job ${p.jobName || ''}`)];
  if (!p.valid) {
    parts.push(problems(p.problems || []));
    main.replaceChildren(...parts);
    return;
  }
  const dag = new Dag(p, { onSelect: (stage) => showStage(stage) });
  const detail = h('div', { class: 'stage-plan', id: 'stage-plan' });
  const byName = new Map(p.stages.map((st) => [st.name, st]));
  function showStage(stage) {
    dag.select(stage);
    const st = byName.get(stage);
    const facts = [['wave', st.wave], ['agent', st.agent], ['category', st.category || 'default'], ['threshold', st.threshold],
      ['reviewers', (st.advisors || []).join(', ') || 'none'], ['attempts at most', st.maxAttempts],
      ['depends on', (st.dependencies || []).join(', ') || 'nothing']];
    detail.replaceChildren(h('h2', {}, st.name), h('dl', {}, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v == null ? '' : String(v))])));
  }
  parts.push(dag.element, detail, startForm(p, me), h('h2', {}, 'History: runs × stages'), h('div', { id: 'history-box' }));
  main.replaceChildren(...parts);
  // a User Timing mark once the graph has been painted (the frame after the one that drew it), for the benchmark and dev tools
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('baton-graph-painted')));
  document.getElementById('history-box').replaceChildren(await grid(p));
}

function startForm(p, me) {
  const memory = h('textarea', { id: 'start-memory', rows: 4, cols: 60, spellcheck: 'false', placeholder: '{"customer": "Ann"}' });
  const out = h('div', { 'aria-live': 'polite' });
  async function start() {
    out.replaceChildren();
    try {
      const started = await api(`pipelines/${seg(p.name)}/executions`, { method: 'POST', json: { memory: memoryOf(memory.value) } });
      location.assign(`executions/${started.executionId}`);
    } catch (e) {
      out.append(failure(e));
    }
  }
  return h('section', { class: 'start act-only' },
    h('h2', {}, 'Start a run'),
    h('label', { for: 'start-memory' }, 'Memory (JSON object; overrides the pipeline\'s memory)'), h('br'), memory, h('br'),
    h('button', { type: 'button', id: 'start', class: 'act', disabled: !me.mayAct, onclick: start }, 'Start'), out);
}

async function grid(p) {
  const page = await api(`executions?pipeline=${seg(p.name)}&limit=20`);
  if (!page.items.length) return h('p', { class: 'muted' }, 'No runs yet.');
  const views = await Promise.all(page.items.map((e) => api(`executions/${e.executionId}`).catch(() => null)));
  const names = p.stages.map((st) => st.name);
  return h('div', { class: 'grid-box' }, h('table', { class: 'grid', id: 'history' },
    h('thead', {}, h('tr', {}, h('th', {}, 'run'), h('th', {}, 'status'), names.map((n) => h('th', { title: n }, n)))),
    h('tbody', {}, views.filter(Boolean).map((v) => {
      const stages = new Map(v.stages.map((st) => [st.name, st]));
      return h('tr', {}, h('td', {}, h('a', { href: `executions/${v.executionId}` }, `#${v.executionId}`)), h('td', {}, badge(v.status)),
        names.map((n) => {
          const st = stages.get(n);
          const status = st ? st.status : 'NOT_RUN';
          return h('td', { class: `cell st-${status}`, title: `${n}: ${status}${st && st.score != null ? ` (score ${st.score})` : ''}` }, status === 'NOT_RUN' ? '' : status[0]);
        }));
    }))));
}

export async function runsView(main, me) {
  const query = new URLSearchParams(location.search);
  const limit = 20;
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const pipelines = await api('pipelines').catch(() => []);
  const apiQuery = new URLSearchParams();
  for (const key of ['pipeline', 'status', 'since', 'until']) {
    for (const v of query.getAll(key)) if (v) apiQuery.append(key, v);
  }
  apiQuery.set('offset', offset);
  apiQuery.set('limit', limit);
  const page = await api(`executions?${apiQuery}`);

  const form = filterForm(query, pipelines);
  const selected = new Set();
  const restartButton = h('button', { type: 'button', id: 'restart-selected', class: 'act', disabled: true }, 'Restart selected');
  const result = h('div', { id: 'restart-result', 'aria-live': 'polite' });
  restartButton.addEventListener('click', async () => {
    result.replaceChildren();
    restartButton.disabled = true;
    for (const id of selected) {
      try {
        const next = await api(`executions/${id}/restart`, { method: 'POST', json: {} });
        result.append(h('p', { class: 'ok' }, `#${id} restarted as `, h('a', { href: `executions/${next.executionId}` }, `#${next.executionId}`)));
      } catch (e) {
        result.append(h('p', { class: 'error' }, `#${id}: ${e.message}`));
      }
    }
  });
  const rows = page.items.map((e) => {
    const box = h('input', { type: 'checkbox', class: 'act', 'aria-label': `select run ${e.executionId}`, 'data-execution': e.executionId,
      disabled: !me.mayAct || !RESTARTABLE.has(e.status) });
    box.addEventListener('change', () => {
      if (box.checked) selected.add(e.executionId); else selected.delete(e.executionId);
      restartButton.disabled = selected.size === 0;
    });
    const reason = e.reason || (e.exitStatus && e.exitStatus !== e.batchStatus ? e.exitStatus : '');
    return h('tr', { 'data-execution': e.executionId },
      h('td', {}, box),
      h('td', {}, h('a', { href: `executions/${e.executionId}` }, `#${e.executionId}`)),
      h('td', {}, h('a', { href: `pipelines/${seg(e.pipeline)}` }, e.pipeline)),
      h('td', {}, badge(e.status)),
      h('td', { class: 'reason' }, reason),
      h('td', {}, when(e.startedAt || e.createdAt)),
      h('td', { class: 'num' }, duration(e.startedAt, e.endedAt)));
  });
  const pageLink = (to, text) => {
    const q = new URLSearchParams(location.search);
    q.set('offset', to);
    return h('a', { href: `executions?${q}` }, text);
  };
  main.replaceChildren(h('h1', {}, 'Runs'), form,
    h('table', { class: 'list', id: 'runs' },
      h('thead', {}, h('tr', {}, ['', 'Run', 'Pipeline', 'Status', 'Reason', 'Started', 'Took'].map((t) => h('th', {}, t)))),
      h('tbody', {}, rows)),
    h('p', { class: 'pager' },
      offset > 0 ? pageLink(Math.max(0, offset - limit), '← newer') : '', ' ',
      `${page.total ? offset + 1 : 0}–${offset + page.items.length} of ${page.total}`, ' ',
      offset + limit < page.total ? pageLink(offset + limit, 'older →') : ''),
    h('p', { class: 'act-only' }, restartButton), result);
}

function filterForm(query, pipelines) {
  const toLocal = (iso) => (iso ? new Date(new Date(iso).getTime() - new Date(iso).getTimezoneOffset() * 60000).toISOString().slice(0, 16) : '');
  const pipeline = h('select', { id: 'filter-pipeline' }, h('option', { value: '' }, 'any pipeline'),
    pipelines.map((p) => h('option', { value: p.name, selected: query.get('pipeline') === p.name }, p.name)));
  const statuses = ['STARTED', 'COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED', 'CRASHED'];
  const chosen = new Set(query.getAll('status').flatMap((v) => v.split(',')));
  const boxes = statuses.map((st) => h('label', {}, h('input', { type: 'checkbox', value: st, checked: chosen.has(st), 'data-status': st }), ` ${st}`));
  const since = h('input', { type: 'datetime-local', id: 'filter-since', value: toLocal(query.get('since')) });
  const until = h('input', { type: 'datetime-local', id: 'filter-until', value: toLocal(query.get('until')) });
  const form = h('form', { class: 'filters', id: 'filters' },
    h('label', { for: 'filter-pipeline' }, 'Pipeline '), pipeline, ' ', h('span', { class: 'statuses' }, boxes), ' ',
    h('label', { for: 'filter-since' }, 'from '), since, ' ', h('label', { for: 'filter-until' }, 'to '), until, ' ',
    h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    if (pipeline.value) q.set('pipeline', pipeline.value);
    const st = boxes.map((b) => b.firstChild).filter((b) => b.checked).map((b) => b.value);
    if (st.length) q.set('status', st.join(','));
    // the viewer's local time, sent as UTC
    if (since.value) q.set('since', new Date(since.value).toISOString());
    if (until.value) q.set('until', new Date(until.value).toISOString());
    location.assign(`executions${q.toString() ? `?${q}` : ''}`);
  });
  return form;
}
