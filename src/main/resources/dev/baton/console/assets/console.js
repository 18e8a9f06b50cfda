// The console's entry: who is signed in (or the sign-in form), then the view of the page's path.
import { api, signIn, signOut } from './api.js';
import { h, failure } from './dom.js';
import { pipelinesView, pipelineView, runsView } from './views.js';
import { runView } from './run.js';

const routes = [
  [/^$/, () => pipelinesView, 'nav-pipelines'],
  [/^pipelines\/([^/]+)$/, () => pipelineView, 'nav-pipelines'],
  [/^executions$/, () => runsView, 'nav-executions'],
  [/^executions\/(\d+)$/, () => runView, 'nav-executions'],
];

const main = document.getElementById('main');

function relativePath() {
  const base = new URL(document.baseURI).pathname;
  const path = location.pathname;
  return path.startsWith(base) ? path.slice(base.length).replace(/\/$/, '') : '';
}

function signInForm(problem) {
  const token = h('input', { type: 'password', id: 'token', name: 'token', autocomplete: 'current-password', required: true, size: 48 });
  const message = h('p', { class: 'error', role: 'alert', hidden: !problem }, problem || '');
  const form = h('form', { class: 'sign-in', id: 'sign-in' },
    h('h1', {}, 'Sign in'),
    h('p', {}, 'Paste a token of baton serve: the one in BATON_HOME/api-token, or in api-token-viewer to only read.'),
    h('label', { for: 'token' }, 'Token'), token,
    h('button', { type: 'submit' }, 'Sign in'), message);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await signIn(token.value);
      location.reload();
    } catch (err) {
      message.hidden = false;
      message.textContent = err.message;
    }
  });
  main.replaceChildren(form);
  token.focus();
}

async function start() {
  let me;
  try {
    me = await api('me');
  } catch (e) {
    if (e.status === 401) {
      signInForm();
      return;
    }
    main.replaceChildren(failure(e));
    return;
  }
  document.getElementById('who').textContent = me.mayAct ? me.name : `${me.name} (read only)`;
  document.body.classList.toggle('read-only', !me.mayAct);
  const out = document.getElementById('sign-out');
  out.hidden = !me.signOut;
  out.addEventListener('click', async () => { await signOut(); location.reload(); });
  const path = relativePath();
  for (const [pattern, view, nav] of routes) {
    const m = path.match(pattern);
    if (m) {
      document.getElementById(nav).setAttribute('aria-current', 'page');
      try {
        await view()(main, me, ...m.slice(1).map(decodeURIComponent));
      } catch (e) {
        main.replaceChildren(failure(e));
      }
      return;
    }
  }
  main.replaceChildren(h('p', { class: 'error' }, 'No such page.'));
}

start();
