// The office staff's screens: the week's reception schedule of their districts, scheduling a
// reception, holding it on the day (the appeals taken in place, each in a few keystrokes, then the
// citizens received), and paper letters (channel WRITTEN) with the date they arrived. Every form
// works from the keyboard: Ctrl+Enter in a text registers, and the focus goes where work goes on.
import {api, claims} from './auth.js';
import {t, localDateTime, localDate} from './i18n.js';
import {chosenTopic, loadCatalogue, problemText, registrar} from './intake.js';
import {staleNotice} from './cases.js';
import {make, submitOnCtrlEnter, TYPES, withHead} from './dom.js';

const FORMATS = ['REGULAR', 'MOBILE', 'THEMATIC'];
const DAY_MS = 24 * 3600 * 1000;
const OFFSET_MS = 5 * 3600 * 1000;

/** Today in the region (UTC+5), as YYYY-MM-DD. */
export function regionToday() {
  return new Date(Date.now() + OFFSET_MS).toISOString().slice(0, 10);
}

const addDays = (ymd, n) => new Date(Date.parse(`${ymd}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The Monday of the week a local date falls in. */
function monday(ymd) {
  const dow = new Date(`${ymd}T00:00:00Z`).getUTCDay();
  return addDays(ymd, -((dow + 6) % 7));
}

/** The districts of the token's district claim (one code, a list, or codes with commas); null: the whole region. */
function myDistricts() {
  const claim = claims()?.district;
  const codes = (Array.isArray(claim) ? claim : String(claim ?? '').split(',')).map(c => String(c).trim()).filter(Boolean);
  return codes.includes('*') ? null : codes;
}

function field(id, key, control, hint) {
  const label = make('label', {htmlFor: id, textContent: t(key)});
  control.id = id;
  const parts = [label, control];
  if (hint) {
    const p = make('p', {className: 'hint', id: `${id}-hint`, textContent: t(hint)});
    control.setAttribute('aria-describedby', p.id);
    parts.push(p);
  }
  return parts;
}

function select(options, selected) {
  const s = make('select');
  for (const [value, text] of options) s.append(make('option', {value, textContent: text}));
  if (selected !== undefined) s.value = selected;
  return s;
}

const params = () => new URLSearchParams(location.hash.split('?')[1] ?? '');

// ---- the week's schedule -------------------------------------------------------------------

export async function receptionsScreen(main) {
  const id = params().get('reception');
  if (id) return receptionPage(main, id);
  return weekPage(main, params().get('week') ?? monday(regionToday()));
}

async function weekPage(main, weekStart, focusId) {
  const from = monday(weekStart);
  const to = addDays(from, 6);
  const district = myDistricts();
  const r = await api(`/receptions?from=${from}&to=${to}&limit=500`);
  const heading = make('h2', {id: 'week-title', tabIndex: -1,
    textContent: `${t('nav.receptions')}: ${localDate(from)} – ${localDate(to)}`});
  const nav = make('div', {className: 'week-nav'});
  const go = (week, key, id) => {
    const b = make('button', {type: 'button', className: 'secondary', id, textContent: t(key)});
    b.addEventListener('click', async () => {
      history.replaceState(null, '', `#receptions?week=${week}`);
      await weekPage(main, week);
      document.getElementById(id)?.focus();
    });
    return b;
  };
  nav.append(go(addDays(from, -7), 'week.previous', 'week-previous'), go(monday(regionToday()), 'week.current', 'week-current'),
    go(addDays(from, 7), 'week.next', 'week-next'));
  const list = make('section', {id: 'schedule'});
  list.setAttribute('aria-labelledby', 'week-title');
  if (!r.ok) {
    list.append(make('p', {className: 'error', textContent: problemText(r)}));
  } else if (r.data.items.length === 0) {
    list.append(make('p', {id: 'schedule-empty', textContent: t('week.none')}));
  } else {
    list.append(scheduleTable([...r.data.items].sort((a, b) => Date.parse(a.scheduledAt) - Date.parse(b.scheduledAt))));
  }
  const form = await scheduleForm(main, district, from);
  main.replaceChildren(heading, nav, list, form);
  if (focusId) document.querySelector(`a[href='#receptions?reception=${focusId}']`)?.focus();
}

function scheduleTable(items) {
  const table = make('table', {id: 'schedule-table'});
  const body = withHead(table, ['reception.when', 'reception.official', 'district', 'reception.format',
    'reception.campaign', 'status', 'reception.figures'].map(k => t(k)));
  for (const x of items) {
    const row = body.appendChild(make('tr'));
    const first = make('td');
    first.append(make('a', {href: `#receptions?reception=${x.id}`, textContent: localDateTime(x.scheduledAt)}));
    row.append(first);
    const figures = `${x.figures?.citizensReceived ?? '—'} / ${x.figures?.appealsRecorded ?? 0}`;
    for (const v of [`${x.officialName} (${t(`official.${x.officialType}`)})`, x.districtCode, t(`format.${x.format}`),
      x.campaign ?? '', t(`reception.${x.status}`), figures]) {
      row.append(make('td', {textContent: v}));
    }
  }
  return table;
}

async function scheduleForm(main, district, weekStart) {
  const [officials, districts, campaigns] = await Promise.all([api('/officials?limit=500'), api('/districts?limit=500'),
    api('/campaigns?limit=500')]);
  const mine = d => district === null || district.includes(d);
  const form = make('form', {id: 'schedule-form'});
  const fs = make('fieldset');
  const official = select((officials.data?.items ?? []).filter(o => o.active && (o.districtCode == null || mine(o.districtCode)))
    .map(o => [String(o.id), `${o.fullName} — ${o.position} (${t(`official.${o.officialType}`)})`]));
  official.required = true;
  const where = select((districts.data?.items ?? []).filter(d => d.active && mine(d.code)).map(d => [d.code, d.name]));
  const today = regionToday();
  const day = make('input', {type: 'date', required: true, value: weekStart > today ? weekStart : today});
  const time = make('input', {type: 'time', required: true, value: '10:00'});
  const format = select(FORMATS.map(f => [f, t(`format.${f}`)]));
  const campaign = select([['', t('reception.noCampaign')],
    ...(campaigns.data?.items ?? []).filter(c => c.active).map(c => [c.code, c.name?.ru ?? c.code])]);
  const message = make('div', {id: 'schedule-message', tabIndex: -1});
  message.setAttribute('role', 'status');
  fs.append(make('legend', {textContent: t('reception.schedule')}), ...field('rs-official', 'reception.official', official),
    ...field('rs-district', 'district', where), ...field('rs-day', 'reception.day', day), ...field('rs-time', 'reception.time', time),
    ...field('rs-format', 'reception.format', format), ...field('rs-campaign', 'reception.campaign', campaign),
    make('button', {type: 'submit', id: 'rs-submit', textContent: t('reception.schedule')}));
  form.append(fs, message);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const body = {officialId: Number(official.value), districtCode: where.value, format: format.value,
      scheduledAt: `${day.value}T${time.value}:00+05:00`};
    if (campaign.value) body.campaignCode = campaign.value;
    const r = await api('/receptions', {method: 'POST', body});
    if (!r.ok) {
      message.replaceChildren(make('p', {className: 'error', textContent: problemText(r)}));
      message.focus();
      return;
    }
    history.replaceState(null, '', `#receptions?week=${monday(day.value)}`);
    await weekPage(main, day.value, r.data.id);
  });
  return form;
}

// ---- one reception: hold it, record the appeals taken at it ---------------------------------

async function receptionPage(main, id) {
  const r = await api(`/receptions/${id}`);
  const back = make('a', {href: '#receptions', textContent: t('reception.back')});
  if (!r.ok) {
    main.replaceChildren(back, make('p', {className: 'error', textContent: problemText(r)}));
    return;
  }
  const x = r.data;
  const etag = r.etag;
  const heading = make('h2', {tabIndex: -1, textContent: `${t('reception.title')}: ${x.officialName}, ${localDateTime(x.scheduledAt)}`});
  const dl = make('dl');
  for (const [k, v, elId] of [['status', t(`reception.${x.status}`), 'reception-status'],
    ['reception.official', `${x.officialName} (${t(`official.${x.officialType}`)})`], ['district', x.districtCode],
    ['reception.format', t(`format.${x.format}`)], ['reception.campaign', x.campaign],
    ['reception.citizens', x.figures?.citizensReceived == null ? null : String(x.figures.citizensReceived), 'reception-citizens'],
    ['reception.appeals', String(x.figures?.appealsRecorded ?? 0), 'reception-appeal-count']]) {
    if (v) dl.append(make('dt', {textContent: t(k)}), make('dd', {textContent: v, id: elId ?? ''}));
  }
  const taken = make('section', {id: 'reception-appeals'});
  taken.append(make('h3', {textContent: t('reception.appeals')}));
  if (x.appeals?.length) {
    const ul = make('ul');
    for (const a of x.appeals) ul.append(make('li', {textContent: `${a.registrationNumber} — ${t(`status.${a.status}`)}`}));
    taken.append(ul);
  } else {
    taken.append(make('p', {textContent: t('reception.noAppeals')}));
  }
  const parts = [back, heading, dl, taken];
  const reload = () => receptionPage(main, id);
  if (x.status !== 'CANCELLED') {
    const receivedAt = regionToday() === x.scheduledAt.slice(0, 10) ? undefined : x.scheduledAt;
    parts.push(await appealForm({prefix: 'ra', legend: 'reception.takeAppeal', channel: 'RECEPTION', receptionId: x.id,
      districtCode: x.districtCode, receivedAt, onDone: async shown => {
        await reload();
        document.getElementById('reception-result')?.replaceWith(shown);
        document.getElementById('ra-fullName')?.focus();
      }}));
  }
  if (x.allowedActions?.includes('holding')) parts.push(holdingForm(x, etag, reload));
  main.replaceChildren(...parts);
  main.append(make('div', {id: 'reception-result'}));
}

function holdingForm(x, etag, reload) {
  const form = make('form', {id: 'holding-form'});
  const fs = make('fieldset');
  const citizens = make('input', {type: 'number', min: String(x.figures?.appealsRecorded ?? 0), required: true,
    value: String(Math.max(x.figures?.appealsRecorded ?? 0, 1))});
  const message = make('div', {id: 'holding-message', tabIndex: -1});
  message.setAttribute('role', 'alert');
  fs.append(make('legend', {textContent: t('reception.hold')}), ...field('hold-citizens', 'reception.citizens', citizens),
    make('button', {type: 'submit', id: 'hold-submit', textContent: t('reception.hold')}));
  form.append(fs, message);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const r = await api(`/receptions/${x.id}/holding`, {method: 'POST', headers: {'If-Match': etag},
      body: {citizensReceived: Number(citizens.value)}});
    if (r.ok) {
      await reload();
      document.getElementById('reception-status')?.setAttribute('tabindex', '-1');
      document.getElementById('reception-status')?.focus();
      return;
    }
    message.replaceChildren(...(r.status === 412 ? staleNotice(reload) : [make('p', {className: 'error', textContent: problemText(r)})]));
    message.focus();
  });
  return form;
}

// ---- an appeal taken in person or a paper letter (the answer needs a phone or an address) ----------------------------------------------

/**
 * The appeal form of office staff: applicant, type, topic (typed), text; for a paper letter also
 * the district and the date it arrived. Ctrl+Enter in the text registers; the number and the
 * access code appear and the form is ready for the next one.
 */
async function appealForm({prefix, legend, channel, receptionId, districtCode, receivedAt, onDone}) {
  const {topics, districts} = await loadCatalogue();
  const id = name => `${prefix}-${name}`;
  const form = make('form', {id: id('form')});
  const fs = make('fieldset');
  const fullName = make('input', {autocomplete: 'off', required: true});
  const phone = make('input', {type: 'tel', autocomplete: 'off'});
  const address = make('input', {autocomplete: 'off'});
  const type = select(TYPES.map(c => [c, t(`type.${c}`)]));
  const topic = make('input', {autocomplete: 'off', required: true});
  topic.setAttribute('list', id('topic-list'));
  const topicList = make('datalist', {id: id('topic-list')});
  for (const x of topics) topicList.append(make('option', {value: `${x.name} (${x.code})`}));
  const text = make('textarea', {required: true});
  fs.append(make('legend', {textContent: t(legend)}), ...field(id('fullName'), 'fullName', fullName),
    ...field(id('phone'), 'letter.phone', phone, 'letter.phoneHint'), ...field(id('address'), 'letter.address', address),
    ...field(id('type'), 'type', type),
    ...field(id('topic'), 'topic', topic, 'topic.hint'), topicList);
  let district = null;
  let received = null;
  if (channel === 'WRITTEN') {
    const mine = myDistricts();
    district = select(districts.filter(d => mine === null || mine.includes(d.code)).map(d => [d.code, d.name]));
    received = make('input', {type: 'date', required: true, value: regionToday(), max: regionToday()});
    fs.append(...field(id('district'), 'district', district), ...field(id('received'), 'letter.received', received));
  }
  fs.append(...field(id('text'), 'text', text, 'letter.submitHint'),
    make('button', {type: 'submit', id: id('register'), textContent: t('register')}));
  const message = make('div', {id: id('message'), tabIndex: -1});
  message.setAttribute('role', 'status');
  form.append(fs, message);
  submitOnCtrlEnter(text, form);

  const register = registrar(message);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const code = chosenTopic(topic, topics, message);
    if (!code) return;
    const applicant = {kind: 'INDIVIDUAL', fullName: fullName.value.trim()};
    if (phone.value.trim()) applicant.phone = phone.value.trim();
    if (address.value.trim()) applicant.postalAddress = address.value.trim();
    const body = {channel, type: type.value, topicCode: code, districtCode: district?.value ?? districtCode,
      text: text.value, applicant};
    if (receptionId) body.receptionId = receptionId;
    if (received && received.value !== regionToday()) body.receivedAt = `${received.value}T09:00:00+05:00`;
    else if (receivedAt) body.receivedAt = receivedAt;
    const appeal = await register(body);
    if (!appeal) return;
    const shown = make('div', {id: `${prefix}-result`, className: 'result', tabIndex: -1});
    shown.setAttribute('role', 'status');
    const dl = make('dl');
    dl.append(make('dt', {textContent: t('number')}), make('dd', {id: id('number'), textContent: appeal.registrationNumber}));
    if (appeal.accessCode) dl.append(make('dt', {textContent: t('accessCode')}), make('dd', {id: id('code'), textContent: appeal.accessCode}));
    dl.append(make('dt', {textContent: t('dueAt')}), make('dd', {textContent: localDate(appeal.dueAt)}));
    shown.append(make('h3', {textContent: t('registered')}), dl);
    for (const input of [fullName, phone, address, topic, text]) input.value = '';
    message.replaceChildren();
    await onDone(shown);
  });
  return form;
}

export async function letterScreen(main) {
  const heading = make('h2', {textContent: t('nav.letter')});
  const result = make('div', {id: 'letter-result'});
  const form = await appealForm({prefix: 'wl', legend: 'letter.legend', channel: 'WRITTEN', onDone: async shown => {
    result.replaceChildren(shown);
    shown.focus();
  }});
  main.replaceChildren(heading, form, result);
  document.getElementById('wl-fullName').focus();
}
