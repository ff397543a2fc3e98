// Case control: the supervisor's control queue and the appeal page, and the executor's list of the
// agency's appeals. Each action is sent with the ETag of the appeal as it was read (If-Match); when
// someone changed it meanwhile (412) the page says so and offers a reload instead of an error dump.
import {api, apiBlob, roles} from './auth.js';
import {t, named, localDateTime, localDate} from './i18n.js';
import {problemText} from './intake.js';
import {make, withHead} from './dom.js';

// The control officer's filters: each one a query of GET /appeals (the failed notices: GET /notices).
const QUEUES = {
  supervisor: [
    {id: 'overdue', key: 'queue.overdue', query: 'overdue=true'},
    {id: 'dueSoon', key: 'queue.dueSoon', query: 'dueWithin=2'},
    {id: 'unassigned', key: 'queue.unassigned', query: 'status=REGISTERED'},
    {id: 'answered', key: 'queue.answered', query: 'status=RESOLVED'},
    {id: 'returned', key: 'queue.returned', query: 'returned=true&status=IN_PROGRESS'},
    {id: 'disputed', key: 'queue.disputed', query: 'disputed=true'},
    {id: 'inProgress', key: 'queue.inProgress', query: 'status=IN_PROGRESS'},
    {id: 'notices', key: 'queue.failedNotices', notices: true},
  ],
  executor: [
    {id: 'assigned', key: 'queue.assigned', query: 'status=ASSIGNED'},
    {id: 'inProgress', key: 'queue.inProgress', query: 'status=IN_PROGRESS'},
  ],
};

export function casesScreen(main) {
  const query = new URLSearchParams(location.hash.split('?')[1] ?? '');
  if (query.get('appeal')) return appealPage(main, query.get('appeal'));
  return queuePage(main, query.get('queue'));
}

async function queuePage(main, only) {
  const role = roles().includes('supervisor') ? 'supervisor' : 'executor';
  const parts = [make('h2', {textContent: t(role === 'supervisor' ? 'nav.queue' : 'nav.assigned')})];
  const queues = QUEUES[role];
  const shown = queues.filter(q => !only || q.id === only);
  if (queues.length > 2) {
    const bar = make('nav', {className: 'filters'});
    bar.setAttribute('aria-label', t('queue.filters'));
    for (const q of [{id: '', key: 'queue.all'}, ...queues]) {
      const a = make('a', {href: q.id ? `#cases?queue=${q.id}` : '#cases', id: `filter-${q.id || 'all'}`, textContent: t(q.key)});
      if ((only ?? '') === q.id) a.setAttribute('aria-current', 'true');
      bar.append(a);
    }
    parts.push(bar);
  }
  const limit = only ? 200 : 50;
  const answers = await Promise.all(shown.map(q => api(q.notices ? `/notices?status=FAILED&limit=${limit}` : `/appeals?${q.query}&limit=${limit}`)));
  shown.forEach((q, i) => {
    const r = answers[i];
    const section = make('section', {id: `q-${q.id}`});
    section.setAttribute('aria-labelledby', `h-${q.key}`);
    section.append(make('h3', {id: `h-${q.key}`, textContent: `${t(q.key)} (${r.data?.items?.length ?? 0})`}));
    if (!r.ok) section.append(error(r));
    else if (r.data.items.length) section.append(q.notices ? noticeTable(r.data.items) : caseTable(r.data.items));
    parts.push(section);
  });
  main.replaceChildren(...parts);
}

function noticeTable(items) {
  const table = make('table', {id: 'failed-notices'});
  const body = withHead(table, ['number', 'notice.kind', 'notice.channel', 'notice.recipient', 'notice.attempts',
    'notice.error', 'status', 'actions'].map(k => t(k)));
  for (const n of items) {
    const row = body.appendChild(make('tr', {id: `notice-${n.id}`}));
    const first = make('td');
    first.append(make('a', {href: `#cases?appeal=${n.appealId}`, textContent: n.registrationNumber}));
    row.append(first);
    for (const v of [named('noticeKind', n.kind), named('noticeChannel', n.channel), n.recipient ?? '', String(n.attempts), n.lastError ?? '']) {
      row.append(make('td', {textContent: v}));
    }
    const status = make('td', {className: 'notice-status', tabIndex: -1, textContent: t(`notice.${n.status}`)});
    const action = make('td');
    const retry = make('button', {type: 'button', id: `retry-${n.id}`, textContent: t('notice.retry')});
    retry.setAttribute('aria-label', `${t('notice.retry')}: ${n.registrationNumber}`);
    retry.addEventListener('click', async () => {
      const r = await api(`/notices/${n.id}/retry`, {method: 'POST'});
      if (r.ok) {
        status.textContent = t(`notice.${r.data.status}`);
        action.replaceChildren();
        status.focus();
      } else {
        action.replaceChildren(error(r));
      }
    });
    action.append(retry);
    row.append(status, action);
  }
  return table;
}

function caseTable(items) {
  const table = make('table');
  const body = withHead(table, ['number', 'registeredAt', 'district', 'status', 'dueAt'].map(k => t(k)));
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

/** What a stale ETag (412) shows: someone changed the record meanwhile, and a button that reloads it. */
export function staleNotice(onReload) {
  const reload = make('button', {type: 'button', id: 'reload', textContent: t('reload')});
  reload.addEventListener('click', onReload);
  return [make('p', {className: 'error', id: 'stale', textContent: t('stale')}), reload];
}

/** A form's fields as a request body: check boxes as true/false, empty fields left out. */
function bodyOf(form) {
  const body = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.type === 'checkbox') body[el.name] = el.checked;
    else if (el.value !== '') body[el.name] = el.value;
  }
  return body;
}

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
    ['dueAt', `${localDate(a.dueAt)}${a.extended ? ` (${t('extended')})` : ''}`, 'appeal-due'], ['district', a.districtCode],
    ['topic', a.topicCode], ['agency', a.agencyCode], ['outcome', a.outcome && t(`outcome.${a.outcome}`)],
    ['redirectedTo', a.redirectedTo], ['text', a.text], ['answer', a.answer]]) {
    if (v) dl.append(make('dt', {textContent: t(k)}), make('dd', {textContent: v, id: elId ?? ''}));
  }
  const message = make('div', {id: 'action-message', tabIndex: -1});
  message.setAttribute('role', 'alert');
  const actions = make('section', {id: 'actions'});
  actions.append(make('h3', {textContent: t('actions')}));
  const forms = await actionForms(a);
  actions.append(...(forms.length ? forms : [make('p', {id: 'no-actions', className: 'hint', textContent: t('actions.none')})]));
  actions.addEventListener('submit', async e => {
    e.preventDefault();
    const form = e.target;
    const result = await api(`/appeals/${id}/${form.dataset.action}`, {method: 'POST', body: bodyOf(form), headers: {'If-Match': etag}});
    if (result.ok) {
      await appealPage(main, id);
      document.getElementById('appeal-status')?.focus();
      return;
    }
    message.replaceChildren(...(result.status === 412 ? staleNotice(() => appealPage(main, id)) : [error(result)]));
    message.focus();
  });
  const timeline = make('section', {id: 'timeline'});
  timeline.append(make('h3', {textContent: t('timeline')}));
  const list = make('ol');
  for (const ev of events.data?.items ?? []) {
    const li = make('li', {className: ev.public ? 'public' : 'internal'});
    li.append(make('strong', {textContent: `${localDateTime(ev.occurredAt)} · ${named('event', ev.kind)} · ${ev.actor}`}),
      make('span', {className: 'tag', textContent: ` [${t(ev.public ? 'public' : 'internal')}]`}));
    if (ev.note) li.append(make('p', {textContent: ev.note}));
    list.append(li);
  }
  timeline.append(list);
  main.replaceChildren(back, make('h2', {textContent: a.registrationNumber}), dl, message, actions,
    await documentsSection(a), timeline);
  main.querySelector('h2').tabIndex = -1;
}

function labelled(name, key, control) {
  const id = `f-${name}-${Math.random().toString(36).slice(2, 8)}`;
  const label = make('label', {htmlFor: id, textContent: t(key)});
  control.id = id;
  control.name = name;
  return [label, control];
}

// The service lists with the appeal the actions its caller may take now (`actions`: the lifecycle's
// table, the caller's roles and their reach); the page offers a form for each of those and no other.
// The forms are folded; the one that moves the appeal on along its usual course opens by itself.
const FORWARD = ['closure', 'resolution', 'assignment', 'reopening'];

async function actionForms(a) {
  const offered = a.actions ?? [];
  const allowed = action => offered.includes(action);
  const primary = FORWARD.find(allowed);
  const forms = [];
  const form = (action, key, ...fields) => {
    if (!allowed(action)) return;
    const details = make('details', {className: 'action', open: action === primary});
    details.dataset.action = action;
    const f = make('form');
    f.dataset.action = action;
    f.append(...fields, make('button', {type: 'submit', id: `do-${action}`, textContent: t(key)}));
    details.append(make('summary', {textContent: t(key)}), f);
    forms.push(details);
  };
  const reason = () => labelled('reason', 'reason', make('textarea', {required: true}));
  if (allowed('assignment')) {
    const agencies = await api('/agencies?limit=500');
    const select = make('select', {required: true});
    for (const g of (agencies.data?.items ?? []).filter(g => g.active && [a.districtCode, 'REG', null].includes(g.districtCode))) {
      select.append(make('option', {value: g.code, textContent: `${g.name} (${g.code})`}));
    }
    form('assignment', 'action.assign', ...labelled('agencyCode', 'agency', select));
  }
  if (allowed('progress')) {
    const isPublic = make('input', {type: 'checkbox'});
    const check = labelled('public', 'progress.public', isPublic);
    const row = make('div', {className: 'check'});
    row.append(check[1], check[0]);
    form('progress', 'action.progress', ...labelled('note', 'progress.note', make('textarea', {required: true})), row);
  }
  if (allowed('resolution')) {
    const outcome = make('select', {required: true});
    for (const o of ['POSITIVE', 'EXPLAINED', 'REJECTED']) outcome.append(make('option', {value: o, textContent: t(`outcome.${o}`)}));
    const answer = make('textarea', {required: true});
    form('resolution', 'action.answer', ...labelled('outcome', 'outcome', outcome), ...await templatePicker(a, answer),
      ...labelled('answer', 'answer', answer));
  }
  const tomorrow = new Date(Date.now() + 5 * 3600 * 1000 + 24 * 3600 * 1000).toISOString().slice(0, 10);
  form('extension', 'action.extend', ...labelled('dueAt', 'extension.dueAt', make('input', {type: 'date', required: true, min: tomorrow})),
    ...reason());
  form('redirection', 'action.redirect', ...labelled('to', 'redirection.to', make('input', {type: 'text', required: true})), ...reason());
  form('closure', 'action.close');
  form('return', 'action.return', ...reason());
  form('reopening', 'action.reopen', ...reason());
  form('withdrawal', 'action.withdraw', ...reason());
  return forms;
}

/**
 * The answer started from a template: the active answer drafts in the applicant's language
 * (GET /templates?kind=ANSWER_DRAFT&language=..),
 * one of them filled in for this appeal by the service (GET /appeals/{id}/answer-draft). Where the
 * service keeps no such templates the picker is not shown.
 */
async function templatePicker(a, answer) {
  // only those in the applicant's language: the answer is written to them in it (the service refuses another)
  const language = a.language ?? 'ru';
  const r = await api(`/templates?kind=ANSWER_DRAFT&language=${encodeURIComponent(language)}`);
  const drafts = r.ok ? (r.data?.items ?? [])
    .filter(x => x.kind === 'ANSWER_DRAFT' && x.active !== false && x.language === language) : [];
  if (drafts.length === 0) return [];
  const select = make('select', {id: 'template'});
  for (const d of drafts) select.append(make('option', {value: d.code, textContent: `${d.code} (${d.language})`}));
  const label = make('label', {htmlFor: 'template', textContent: t('template.pick')});
  const use = make('button', {type: 'button', id: 'use-template', className: 'secondary', textContent: t('template.use')});
  const note = make('p', {className: 'hint', id: 'template-note'});
  note.setAttribute('aria-live', 'polite');
  use.addEventListener('click', async () => {
    const draft = await api(`/appeals/${a.id}/answer-draft?template=${encodeURIComponent(select.value)}`);
    if (draft.ok) {
      answer.value = draft.data.text;
      note.textContent = t('template.used');
      answer.focus();
    } else {
      note.textContent = problemText(draft);
    }
  });
  return [label, select, use, note];
}

// Documents: the appeal's attachments, downloaded with the token (a link alone would carry none),
// and an upload of the kinds the caller's role may attach.
async function documentsSection(a) {
  const section = make('section', {id: 'documents'});
  section.append(make('h3', {textContent: t('documents')}));
  const r = await api(`/appeals/${a.id}/attachments`);
  if (!r.ok) {
    section.append(error(r));
    return section;
  }
  const list = make('ul', {id: 'document-list'});
  for (const d of r.data.items) {
    const li = make('li');
    const get = make('button', {type: 'button', className: 'link', textContent: d.fileName});
    get.setAttribute('aria-label', `${t('document.download')}: ${d.fileName}`);
    get.addEventListener('click', async () => {
      const bytes = await apiBlob(`/appeals/${a.id}/attachments/${d.id}`);
      if (!bytes.ok) return;
      const link = make('a', {href: URL.createObjectURL(bytes.blob), download: d.fileName});
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    });
    li.append(get, ` — ${t(`document.${d.kind}`)}, ${Math.max(1, Math.round(d.size / 1024))} KB, ${localDateTime(d.uploadedAt)}`
      + (d.public ? `, ${t('public')}` : ''));
    list.append(li);
  }
  if (r.data.items.length === 0) section.append(make('p', {id: 'no-documents', textContent: t('document.none')}));
  section.append(list);
  const kinds = roles().includes('supervisor') ? ['INCOMING', 'ANSWER', 'INTERNAL'] : roles().includes('executor') ? ['ANSWER', 'INTERNAL'] : [];
  if (kinds.length === 0) return section;
  const form = make('form', {id: 'upload-form'});
  const fs = make('fieldset');
  const file = make('input', {type: 'file', required: true});
  const kind = make('select');
  for (const k of kinds) kind.append(make('option', {value: k, textContent: t(`document.${k}`)}));
  const isPublic = make('input', {type: 'checkbox'});
  const check = labelled('public', 'document.public', isPublic);
  const row = make('div', {className: 'check'});
  row.append(check[1], check[0]);
  const message = make('div', {id: 'upload-message', tabIndex: -1});
  message.setAttribute('role', 'alert');
  fs.append(make('legend', {textContent: t('document.upload')}), ...labelled('file', 'document.file', file),
    ...labelled('kind', 'document.kind', kind), row, make('button', {type: 'submit', id: 'do-upload', textContent: t('document.upload')}));
  form.append(fs, message);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const data = new FormData();
    data.append('file', file.files[0]);
    data.append('kind', kind.value);
    data.append('public', String(isPublic.checked && kind.value === 'ANSWER'));
    const up = await api(`/appeals/${a.id}/attachments`, {method: 'POST', body: data});
    if (up.ok) {
      const fresh = await documentsSection(a);
      section.replaceWith(fresh);
      fresh.querySelector('#document-list li:last-child button')?.focus();
      return;
    }
    message.replaceChildren(error(up));
    message.focus();
  });
  section.append(form);
  return section;
}
