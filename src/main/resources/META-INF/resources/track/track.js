// The citizen's page: no account, the registration number and the access code only. It reads the
// public view of the API (status, dates, outcome, public replies; never personal data).
import {t, lang, setLang, languageSwitch, localDateTime, localDate} from '/console/i18n.js';

const form = document.getElementById('track-form');
const result = document.getElementById('result');
let last = null;

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

function render() {
  document.title = t('track.title');
  if (!last) return;
  if (last.status === 404) {
    result.replaceChildren(make('p', {className: 'error', textContent: t('track.notFound')}));
    return;
  }
  if (last.status === 429) {
    result.replaceChildren(make('p', {className: 'error', textContent: t('track.tooMany')}));
    return;
  }
  if (!last.data) {
    result.replaceChildren(make('p', {className: 'error', textContent: `${t('error')} (${last.status})`}));
    return;
  }
  const a = last.data;
  const dl = make('dl');
  const row = (key, value, id) => {
    if (value) dl.append(make('dt', {textContent: t(key)}), make('dd', {textContent: value, id: id ?? ''}));
  };
  row('number', a.registrationNumber);
  row('status', t(`status.${a.status}`), 'track-status');
  row('registeredAt', localDateTime(a.registeredAt));
  row('dueAt', localDate(a.dueAt));
  row('outcome', a.outcome && t(`outcome.${a.outcome}`), 'track-outcome');
  row('closedAt', localDateTime(a.closedAt));
  const parts = [make('h2', {textContent: a.registrationNumber}), dl];
  if (a.replies?.length) {
    parts.push(make('h3', {textContent: t('replies')}));
    const list = make('ol', {id: 'replies'});
    for (const r of a.replies) {
      const li = make('li');
      li.append(make('strong', {textContent: `${localDateTime(r.at)} · ${t(`status.${r.status}`)}`}));
      if (r.text) li.append(make('p', {textContent: r.text}));
      list.append(li);
    }
    parts.push(list);
  }
  result.replaceChildren(...parts);
}

form.addEventListener('submit', async e => {
  e.preventDefault();
  const number = form.number.value.trim().toUpperCase();
  const response = await fetch(`/api/v1/public/appeals/${encodeURIComponent(number)}`, {
    headers: {'X-Access-Code': form.code.value.trim().toUpperCase(), Accept: 'application/json'},
  });
  last = {status: response.status, data: response.ok ? await response.json() : null};
  render();
  result.focus();
});

document.getElementById('who').append(languageSwitch(render));
setLang(lang());
render();
