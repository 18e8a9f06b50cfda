// One run: the live DAG over the run's Server-Sent Events (stages not yet run shown as pending), the
// actions its state allows, a stage's review and output, the timeline with its critical path, memory.
import { api, seg } from './api.js';
import { h, when, duration, badge, failure, memoryOf } from './dom.js';
import { Dag, planOfStages } from './dag.js';
import { timeline } from './timeline.js';

const STAGE_STATUS = { 'stage.started': 'RUNNING', 'retry': 'RUNNING', 'stage.passed': 'PASSED', 'stage.rejected': 'REJECTED',
  'stage.failed': 'FAILED', 'stage.skipped': 'SKIPPED' };
const RUNNING = new Set(['STARTING', 'STARTED', 'STOPPING']);
const RESTARTABLE = new Set(['FAILED', 'STOPPED', 'CRASHED']);

export async function runView(main, me, idText) {
  const id = Number(idText);
  let run = await api(`executions/${id}`);
  const pipeline = await api(`pipelines/${seg(run.pipeline)}`).catch(() => null);
  const plan = pipeline && pipeline.valid ? pipeline : planOfStages(run.stages);
  const thresholds = new Map((pipeline && pipeline.valid ? pipeline.stages : []).map((st) => [st.name, st.threshold]));
  const advisors = new Map((pipeline && pipeline.valid ? pipeline.stages : []).map((st) => [st.name, st.advisors || []]));
  const dependencies = new Map(plan.stages.map((st) => [st.name, st.dependencies || []]));
  const events = [];
  let selected = null;

  const heading = h('div', { class: 'run-head' });
  const actions = h('div', { class: 'actions act-only', id: 'actions' });
  const message = h('div', { id: 'action-result', 'aria-live': 'polite' });
  const detail = h('section', { class: 'stage-detail', id: 'stage-detail', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Choose a stage in the graph to see its review and output.'));
  const dag = new Dag(plan, { onSelect: (stage) => select(stage) });
  const timelineBox = h('div', { id: 'timeline' });
  const memoryBox = h('pre', { class: 'output', id: 'memory' });
  const tabs = tabbed([['Graph', h('div', { class: 'graph-and-detail' }, dag.element, detail)], ['Timeline', timelineBox], ['Memory', memoryBox]]);
  main.replaceChildren(heading, actions, message, tabs);

  function paint() {
    heading.replaceChildren(
      h('h1', {}, `Run #${run.executionId} of `, h('a', { href: `pipelines/${seg(run.pipeline)}` }, run.pipeline), ' ', badge(run.status)),
      h('p', { class: 'muted' }, `instance ${run.instanceId} · started ${when(run.startedAt)}${run.endedAt ? ` · ended ${when(run.endedAt)} · took ${duration(run.startedAt, run.endedAt)}` : ''}`),
      run.traceId ? h('p', { class: 'muted' }, 'trace ', h('code', { id: 'run-trace' }, run.traceId)) : '',
      run.error ? h('p', { class: 'error', id: 'run-error' }, run.error) : '',
      run.exitStatus && run.exitStatus !== run.batchStatus ? h('p', { class: 'reason' }, `exit status: ${run.exitStatus}`) : '');
    heading.querySelector('.badge').id = 'run-status';
    for (const st of run.stages) dag.status(st.name, st.status);
    timelineBox.replaceChildren(timeline(run.stages, dependencies));
    memoryBox.textContent = JSON.stringify(run.memory || {}, null, 2);
    paintActions();
    if (selected) select(selected);
  }

  // made once: what the user types in the memory box stays while events repaint the page
  const restartMemory = h('textarea', { id: 'restart-memory', rows: 3, cols: 50, spellcheck: 'false', placeholder: '{"customer": "Ann"}',
    'aria-label': 'memory for the restart (JSON)' });
  const act = (name, label, body) => h('button', { type: 'button', id: `action-${name}`, class: 'act', disabled: true,
    onclick: async () => {
      message.replaceChildren();
      try {
        const result = await api(`executions/${id}/${name}`, { method: 'POST', json: body ? body() : {} });
        if (name === 'restart') location.assign(`executions/${result.executionId}`);
        else await refresh();
      } catch (e) {
        message.append(failure(e));
      }
    } }, label);
  const buttons = {
    stop: act('stop', 'Stop'),
    abandon: act('abandon', 'Abandon'),
    restart: act('restart', 'Restart', () => ({ memory: memoryOf(restartMemory.value) })),
  };
  actions.replaceChildren(buttons.stop, buttons.abandon, h('span', { class: 'restart' }, restartMemory, buttons.restart));

  function paintActions() {
    buttons.stop.disabled = !me.mayAct || !RUNNING.has(run.status);
    buttons.abandon.disabled = !me.mayAct || RUNNING.has(run.status) || run.status === 'ABANDONED';
    buttons.restart.disabled = !me.mayAct || !RESTARTABLE.has(run.status);
  }

  async function refresh() {
    run = await api(`executions/${id}`);
    paint();
  }

  async function select(stage) {
    selected = stage;
    dag.select(stage);
    const st = run.stages.find((x) => x.name === stage);
    if (!st || st.status === 'NOT_RUN' || st.status === 'RUNNING') {
      detail.replaceChildren(h('h2', {}, stage), h('p', {}, st ? `${st.status === 'RUNNING' ? 'running' : 'not run yet'}` : 'pending'),
        reviewsOf(stage));
      return;
    }
    let output = null;
    try {
      output = await api(`executions/${id}/stages/${seg(stage)}`);
    } catch (e) {
      detail.replaceChildren(h('h2', {}, stage), failure(e));
      return;
    }
    if (selected !== stage) return;
    const review = st.review;
    const threshold = thresholds.get(stage);
    detail.replaceChildren(
      h('h2', {}, stage, ' ', badge(st.status)),
      h('dl', {},
        h('dt', {}, 'attempts'), h('dd', { id: 'stage-attempts' }, String(st.attempts)),
        h('dt', {}, 'score'), h('dd', { id: 'stage-score' }, st.score == null ? 'none' : `${st.score}${threshold != null ? ` (threshold ${threshold})` : ''}`,
          st.score != null && threshold != null ? h('meter', { min: 0, max: 1, low: threshold, optimum: 1, value: st.score }) : ''),
        h('dt', {}, 'ran in'), h('dd', {}, st.executionId ? h('a', { href: `executions/${st.executionId}` }, `execution #${st.executionId}`) : ''),
        h('dt', {}, 'time'), h('dd', {}, `${when(st.startedAt)} · ${duration(st.startedAt, st.endedAt)}`),
        st.error ? [h('dt', {}, 'error'), h('dd', { class: 'error' }, st.error)] : ''),
      review ? h('section', { class: 'review', id: 'review' },
        h('h3', {}, `Review: ${review.approved ? 'approved' : 'not approved'}, score ${review.score}`),
        h('p', {}, review.summary || ''),
        list('Critical issues', review.critical_issues, 'issues'),
        list('Suggestions', review.suggestions, 'suggestions'),
        reviewers(stage, review)) : h('p', { class: 'muted' }, 'No review.'),
      reviewsOf(stage),
      h('h3', {}, 'Output'),
      // an agent's output is untrusted: it is text, never markup
      h('pre', { class: 'output', id: 'stage-output' }, output.content || ''),
      output.artifacts && output.artifacts.length ? h('section', {}, h('h3', {}, 'Artifacts'), h('ul', { id: 'artifacts' },
        output.artifacts.map((a) => h('li', {}, h('a', { href: `api/${a.href}`, download: a.path.split('/').pop() }, a.path), ` ${a.bytes} bytes`)))) : '');
  }

  /** Each reviewer's verdict on the final attempt: a council's members, or the stage's one reviewer. */
  function reviewers(stage, review) {
    const members = review.details && Array.isArray(review.details.reviews) ? review.details.reviews
      : (advisors.get(stage) || []).length === 1 ? [{ advisor: advisors.get(stage)[0], score: review.score, approved: review.approved }] : [];
    if (!members.length) return '';
    return h('table', { class: 'list', id: 'reviewers' },
      h('thead', {}, h('tr', {}, ['reviewer', 'weight', 'score', 'verdict'].map((t) => h('th', {}, t)))),
      h('tbody', {}, members.map((m) => h('tr', {}, h('td', {}, String(m.advisor)), h('td', {}, m.weight == null ? '1' : String(m.weight)),
        h('td', {}, String(m.score)), h('td', {}, m.approved ? 'approved' : 'not approved')))));
  }

  function reviewsOf(stage) {
    const verdicts = events.filter((e) => e.stage === stage && (e.type === 'review' || e.type === 'retry' || e.type === 'attempt.failed'));
    if (!verdicts.length) return '';
    return h('section', { class: 'verdicts' }, h('h3', {}, 'Each attempt'), h('table', { class: 'list', id: 'verdicts' },
      h('thead', {}, h('tr', {}, ['attempt', 'event', 'verdict'].map((t) => h('th', {}, t)))),
      h('tbody', {}, verdicts.map((e) => h('tr', {}, h('td', {}, String(e.attempt)), h('td', {}, e.type), h('td', {}, verdictText(e.data)))))));
  }

  function tabbed(panes) {
    const buttons = panes.map(([label], i) => h('button', { type: 'button', role: 'tab', id: `tab-${label.toLowerCase()}`, 'aria-selected': String(i === 0),
      onclick: () => panes.forEach(([, pane], j) => { pane.hidden = j !== i; buttons[j].setAttribute('aria-selected', String(j === i)); }) }, label));
    panes.forEach(([, pane], i) => { pane.hidden = i !== 0; });
    return h('div', { class: 'tabs' }, h('div', { role: 'tablist' }, buttons), panes.map(([, pane]) => pane));
  }

  paint();
  follow();

  function follow() {
    const source = new EventSource(`api/executions/${id}/events`);
    let pending = null;
    source.onmessage = (message) => {
      const event = JSON.parse(message.data);
      events.push(event);
      if (event.executionId === id && STAGE_STATUS[event.type]) dag.status(event.stage, STAGE_STATUS[event.type]);
      // the details come from the API, at most every half second while events arrive
      pending = pending || setTimeout(() => { pending = null; refresh().catch(() => {}); }, 500);
    };
    source.addEventListener('end', () => {
      source.close();
      refresh().catch((e) => message.replaceChildren(failure(e)));
    });
    source.onerror = () => {
      if (!RUNNING.has(run.status)) source.close();
    };
  }
}

function list(title, items, id) {
  if (!items || !items.length) return '';
  return h('div', {}, h('h4', {}, title), h('ul', { id }, items.map((i) => h('li', {}, typeof i === 'string' ? i : JSON.stringify(i)))));
}

function verdictText(data) {
  if (!data) return '';
  return Object.entries(data).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ');
}
