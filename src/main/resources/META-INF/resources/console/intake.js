// The operator's screen, made for a phone call and the keyboard alone: the caller's phone first
// (their earlier appeals, so a repeat is noticed before registering), then the topic by typing
// (a datalist over the catalogue), the district, the text; Enter in the last field registers.
// The number and the access code to read back appear in a live region that takes the focus.
import {api} from './auth.js';
import {t, localDateTime, localDate} from './i18n.js';
import {make, submitOnCtrlEnter, TYPES, withHead} from './dom.js';

let catalogue = null;

export async function loadCatalogue() {
  if (!catalogue) {
    const [topics, districts] = await Promise.all([api('/topics?limit=500'), api('/districts?limit=500')]);
    catalogue = {
      topics: (topics.data?.items ?? []).filter(x => x.active),
      districts: (districts.data?.items ?? []).filter(x => x.active),
    };
  }
  return catalogue;
}

const field = (id, key, control, hint) => {
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = t(key);
  control.id = id;
  const parts = [label, control];
  if (hint) {
    const p = document.createElement('p');
    p.className = 'hint';
    p.id = `${id}-hint`;
    p.textContent = t(hint);
    control.setAttribute('aria-describedby', p.id);
    parts.push(p);
  }
  return parts;
};

export async function intakeScreen(main) {
  const {topics, districts} = await loadCatalogue();
  const heading = make('h2', {textContent: t('nav.intake')});

  // 1. the caller's phone and their earlier appeals
  const lookupForm = make('form', {id: 'lookup-form'});
  const phone = make('input', {type: 'tel', autocomplete: 'off', required: true});
  const history = make('section', {id: 'history'});
  history.setAttribute('aria-live', 'polite');
  lookupForm.append(...field('phone', 'phone', phone), make('button', {type: 'submit', id: 'lookup', textContent: t('lookup')}));
  lookupForm.addEventListener('submit', async e => {
    e.preventDefault();
    const r = await api(`/applicants/history?phone=${encodeURIComponent(phone.value)}`);
    history.replaceChildren(make('h3', {textContent: t('history.title')}));
    if (!r.ok) {
      history.append(make('p', {className: 'error', textContent: problemText(r)}));
    } else if (r.data.items.length === 0) {
      history.append(make('p', {textContent: t('history.none')}));
    } else {
      history.append(historyTable(r.data.items, topics));
    }
    fullName.focus();
  });

  // 2. the appeal itself
  const form = make('form', {id: 'intake-form'});
  const fullName = make('input', {autocomplete: 'off'});
  const type = make('select');
  for (const code of TYPES) type.append(make('option', {value: code, textContent: t(`type.${code}`)}));
  const topic = make('input', {autocomplete: 'off', required: true});
  topic.setAttribute('list', 'topic-list');
  const topicList = make('datalist', {id: 'topic-list'});
  for (const x of topics) topicList.append(make('option', {value: `${x.name} (${x.code})`}));
  const district = make('select', {required: true});
  for (const x of districts) district.append(make('option', {value: x.code, textContent: x.name}));
  const text = make('textarea', {required: true});
  const message = make('div', {id: 'intake-message', tabIndex: -1});
  message.setAttribute('role', 'status');
  form.append(...field('fullName', 'fullName', fullName), ...field('type', 'type', type),
    ...field('topic', 'topic', topic, 'topic.hint'), topicList, ...field('district', 'district', district),
    ...field('text', 'text', text), make('button', {type: 'submit', id: 'register', textContent: t('register')}));
  submitOnCtrlEnter(text, form);

  const register = registrar(message);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const code = chosenTopic(topic, topics, message);
    if (!code) return;
    const applicant = {kind: 'INDIVIDUAL', phone: phone.value};
    if (fullName.value.trim()) applicant.fullName = fullName.value.trim();
    const appeal = await register({
      channel: 'CALL_CENTER', type: type.value, topicCode: code, districtCode: district.value, text: text.value, applicant,
    });
    if (!appeal) return;
    const dl = make('dl', {className: 'result'});
    dl.append(make('dt', {textContent: t('number')}), make('dd', {id: 'registration-number', textContent: appeal.registrationNumber}));
    if (appeal.accessCode) {
      dl.append(make('dt', {textContent: t('accessCode')}), make('dd', {id: 'access-code', textContent: appeal.accessCode}));
    }
    dl.append(make('dt', {textContent: t('dueAt')}), make('dd', {textContent: localDate(appeal.dueAt)}));
    const again = make('button', {type: 'button', className: 'secondary', id: 'new-call', textContent: t('newCall')});
    again.addEventListener('click', () => intakeScreen(main));
    message.replaceChildren(make('h3', {textContent: t('registered')}), dl, again);
    message.focus();
  });

  main.replaceChildren(heading, lookupForm, history, form, message);
  phone.focus();
}

function historyTable(items, topics) {
  const table = make('table', {id: 'history-table'});
  const body = withHead(table, ['number', 'registeredAt', 'topic', 'status'].map(k => t(k)));
  for (const a of items) {
    const row = body.appendChild(make('tr'));
    const topicName = topics.find(x => x.code === a.topicCode)?.name ?? a.topicCode;
    for (const v of [a.registrationNumber, localDateTime(a.registeredAt), topicName, t(`status.${a.status}`)]) {
      row.append(make('td', {textContent: v}));
    }
  }
  return table;
}

/** The topic's code from the text of a topic field: "Name (CODE)" as the list offers it, or the name typed in full. */
export function topicCodeOf(value, topics) {
  return /\(([A-Z0-9_-]+)\)\s*$/.exec(value)?.[1]
    ?? topics.find(x => x.name.toLowerCase() === value.trim().toLowerCase())?.code;
}

/** The code of the topic in the field; without one, says so in the message, puts the focus on the field and answers null. */
export function chosenTopic(field, topics, message) {
  const code = topicCodeOf(field.value, topics);
  if (!code) {
    message.replaceChildren(make('p', {className: 'error', textContent: t('error.topic')}));
    field.focus();
  }
  return code ?? null;
}

/**
 * Registers appeals from one form: POST /appeals with an Idempotency-Key that is kept until an appeal
 * is registered, so a second click or a retry after a lost answer registers it once. A refusal is
 * shown in the message, which takes the focus, and answers null; success answers the new appeal.
 */
export function registrar(message) {
  let idempotencyKey = crypto.randomUUID();
  return async body => {
    const r = await api('/appeals', {method: 'POST', headers: {'Idempotency-Key': idempotencyKey}, body});
    if (!r.ok) {
      message.replaceChildren(make('p', {className: 'error', textContent: problemText(r)}));
      message.focus();
      return null;
    }
    idempotencyKey = crypto.randomUUID();
    return r.data;
  };
}

export function problemText(r) {
  const d = r.data;
  if (d?.errors?.length) return d.errors.map(e => `${e.field}: ${e.message}`).join('; ');
  return d?.detail ?? d?.title ?? `${t('error')} (${r.status})`;
}
