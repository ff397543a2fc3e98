// Case control: the supervisor's control queue and the appeal page, and the executor's list of the
// agency's appeals. Each action is sent with the ETag of the appeal as it was read (If-Match); when
// someone changed it meanwhile (412) the page says so and offers a reload instead of an error dump.
import {api, roles} from './auth.js';
import {t, localDateTime, localDate} from './i18n.js';
import {problemText} from './intake.js';

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

const QUEUES = {
  supervisor: [
    {key: 'queue.overdue', query: 'overdue=true'},
    {key: 'queue.unassigned', query: 'status=REGISTERED'},
    {key: 'queue.answered', query: 'status=RESOLVED'},
    {key: 'queue.inProgress', query: 'status=IN_PROGRESS'},
  ],
  executor: [
    {key: 'queue.assigned', query: 'status=ASSIGNED'},
    {key: 'queue.inProgress', query: 'status=IN_PROGRESS'},
  ],
};

export function casesScreen(main) {
  const id = new URLSearchParams(location.hash.split('?')[1] ?? '').get('appeal');
  if (id) return appealPage(main, id);
  return queuePage(main);
}

async function queuePage(main) {
  const role = roles().includes('supervisor') ? 'supervisor' : 'executor';
  const parts = [make('h2', {textContent: t(role === 'supervisor' ? 'nav.queue' : 'nav.assigned')})];
  for (const q of QUEUES[role]) {
    const r = await api(`/appeals?${q.query}&limit=50`);
    const section = make('section');
    section.setAttribute('aria-labelledby', `h-${q.key}`);
    section.append(make('h3', {id: `h-${q.key}`, textContent: `${t(q.key)} (${r.data?.items?.length ?? 0})`}));
    if (r.ok && r.data.items.length) section.append(caseTable(r.data.items)); else if (!r.ok) section.append(error(r));
    parts.push(section);
  }
  main.replaceChildren(...parts);
}

function caseTable(items) {
  const table = make('table');
  const head = make('tr');
  for (const k of ['number', 'registeredAt', 'district', 'status', 'dueAt']) head.append(make('th', {scope: 'col', textContent: t(k)}));
  const thead = make('thead');
  thead.append(head);
  table.append(thead);
  const body = table.appendChild(make('tbody'));
  for (const a of items) {
    const row = body.appendChild(make('tr'));
    const link = make('a', {href: `#cases?appeal=${a.id}`, textContent: a.registrationNumber});
    const first = make('td');
    first.append(link);
    row.append(first);
    for (const v of [localDateTime(a.registeredAt), a.districtCode, t(`status.${a.status}`),
      `${localDate(a.dueAt)}${a.overdue ? ` — ${t('overdue')}` : ''}`]) {
      row.append(make('td', {textContent: v}));
    }
  }
  return table;
}

const error = r => make('p', {className: 'error', textContent: problemText(r)});

async function appealPage(main, id) {
  const [r, events] = await Promise.all([api(`/appeals/${id}`), api(`/appeals/${id}/events`)]);
  if (!r.ok) {
    main.replaceChildren(error(r));
    return;
  }
  const a = r.data;
  const etag = r.etag;
  const back = make('a', {href: '#cases', textContent: t('back')});
  const dl = make('dl');
  for (const [k, v, elId] of [['status', t(`status.${a.status}`), 'appeal-status'], ['registeredAt', localDateTime(a.registeredAt)],
    ['dueAt', localDate(a.dueAt)], ['district', a.districtCode], ['topic', a.topicCode], ['agency', a.agencyCode],
    ['outcome', a.outcome && t(`outcome.${a.outcome}`)], ['text', a.text]]) {
    if (v) dl.append(make('dt', {textContent: t(k)}), make('dd', {textContent: v, id: elId ?? ''}));
  }
  const message = make('div', {id: 'action-message', tabIndex: -1});
  message.setAttribute('role', 'alert');
  const actions = make('section', {id: 'actions'});
  actions.append(make('h3', {textContent: t('actions')}));
  for (const form of await actionForms(a)) actions.append(form);
  actions.addEventListener('submit', async e => {
    e.preventDefault();
    const form = e.target;
    const body = Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== ''));
    const result = await api(`/appeals/${id}/${form.dataset.action}`, {method: 'POST', body, headers: {'If-Match': etag}});
    if (result.ok) {
      await appealPage(main, id);
      document.getElementById('appeal-status')?.focus();
      return;
    }
    if (result.status === 412) {
      const reload = make('button', {type: 'button', id: 'reload', textContent: t('reload')});
      reload.addEventListener('click', () => appealPage(main, id));
      message.replaceChildren(make('p', {className: 'error', id: 'stale', textContent: t('stale')}), reload);
    } else {
      message.replaceChildren(error(result));
    }
    message.focus();
  });
  const timeline = make('section', {id: 'timeline'});
  timeline.append(make('h3', {textContent: t('timeline')}));
  const list = make('ol');
  for (const ev of events.data?.items ?? []) {
    const li = make('li', {className: ev.public ? 'public' : 'internal'});
    li.append(make('strong', {textContent: `${localDateTime(ev.occurredAt)} · ${ev.kind} · ${ev.actor}`}),
      make('span', {className: 'tag', textContent: ` [${t(ev.public ? 'public' : 'internal')}]`}));
    if (ev.note) li.append(make('p', {textContent: ev.note}));
    list.append(li);
  }
  timeline.append(list);
  main.replaceChildren(back, make('h2', {textContent: a.registrationNumber}), dl, message, actions, timeline);
  main.querySelector('h2').tabIndex = -1;
}

function labelled(name, key, control) {
  const id = `f-${name}-${Math.random().toString(36).slice(2, 8)}`;
  const label = make('label', {htmlFor: id, textContent: t(key)});
  control.id = id;
  control.name = name;
  return [label, control];
}

async function actionForms(a) {
  const mine = roles();
  const forms = [];
  const form = (action, key, ...fields) => {
    const f = make('form');
    f.dataset.action = action;
    const fs = make('fieldset');
    fs.append(make('legend', {textContent: t(key)}), ...fields, make('button', {type: 'submit', id: `do-${action}`, textContent: t(key)}));
    f.append(fs);
    forms.push(f);
  };
  if (mine.includes('supervisor')) {
    if (['REGISTERED', 'ASSIGNED', 'IN_PROGRESS'].includes(a.status)) {
      const agencies = await api('/agencies?limit=500');
      const select = make('select', {required: true});
      for (const g of (agencies.data?.items ?? []).filter(g => g.active && [a.districtCode, 'REG', null].includes(g.districtCode))) {
        select.append(make('option', {value: g.code, textContent: `${g.name} (${g.code})`}));
      }
      form('assignment', 'action.assign', ...labelled('agencyCode', 'agency', select));
    }
    if (a.status === 'RESOLVED') {
      form('closure', 'action.close');
      form('return', 'action.return', ...labelled('reason', 'reason', make('textarea', {required: true})));
    }
    if (a.status === 'CLOSED') form('reopening', 'action.reopen', ...labelled('reason', 'reason', make('textarea', {required: true})));
  }
  if (mine.includes('executor') && ['ASSIGNED', 'IN_PROGRESS'].includes(a.status)) {
    const outcome = make('select', {required: true});
    for (const o of ['POSITIVE', 'EXPLAINED', 'REJECTED']) outcome.append(make('option', {value: o, textContent: t(`outcome.${o}`)}));
    form('resolution', 'action.answer', ...labelled('outcome', 'outcome', outcome),
      ...labelled('answer', 'answer', make('textarea', {required: true})));
  }
  return forms;
}
