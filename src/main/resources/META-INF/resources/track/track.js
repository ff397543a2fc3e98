// The citizen's page: no account, the registration number and the access code only. It reads the
// public view of the API (status, dates, outcome, public replies; never personal data). On a closed
// appeal it offers the feedback form (was the problem solved, a rating, a comment), sent with the
// same access code.
import {t, lang, setLang, languageSwitch, localDateTime, localDate} from '/console/i18n.js';

const form = document.getElementById('track-form');
const result = document.getElementById('result');
let last = null;
let asked = null;      // {number, code} of the appeal shown
let feedback = null;   // the answer to the feedback sent for it: {status, solved}

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
  if (a.status === 'CLOSED') parts.push(feedbackSection());
  const kept = document.getElementById('feedback-form');
  const values = kept ? new FormData(kept) : null;
  result.replaceChildren(...parts);
  if (values) restore(document.getElementById('feedback-form'), values);
}

/** The form, or what became of the feedback sent (its own live region takes the focus). */
function feedbackSection() {
  const section = make('section', {id: 'feedback'});
  section.setAttribute('aria-labelledby', 'feedback-h');
  section.append(make('h3', {id: 'feedback-h', textContent: t('feedback.title')}));
  const message = make('div', {id: 'feedback-message', tabIndex: -1});
  message.setAttribute('role', 'status');
  if (feedback?.status === 201) {
    message.append(make('p', {className: 'done', textContent: t(feedback.solved ? 'feedback.thanks' : 'feedback.thanksDisputed')}));
    section.append(message);
    return section;
  }
  if (feedback) message.append(make('p', {className: 'error', textContent: feedbackError(feedback)}));
  const f = make('form', {id: 'feedback-form'});
  const solved = make('fieldset');
  solved.append(make('legend', {textContent: t('feedback.solved')}));
  for (const [value, key] of [['true', 'feedback.yes'], ['false', 'feedback.no']]) {
    const label = make('label', {className: 'choice'});
    label.append(make('input', {type: 'radio', name: 'solved', value, required: true, id: `solved-${value}`}), t(key));
    solved.append(label);
  }
  const rating = make('select', {id: 'rating', name: 'rating', required: true});
  rating.append(make('option', {value: '', textContent: '—'}));
  for (let n = 5; n >= 1; n--) rating.append(make('option', {value: String(n), textContent: String(n)}));
  const comment = make('textarea', {id: 'comment', name: 'comment', maxLength: 2000});
  f.append(solved, make('label', {htmlFor: 'rating', textContent: t('feedback.rating')}), rating,
    make('label', {htmlFor: 'comment', textContent: t('feedback.comment')}), comment,
    make('button', {type: 'submit', id: 'send-feedback', textContent: t('feedback.send')}));
  f.addEventListener('submit', async e => {
    e.preventDefault();
    const body = {solved: f.solved.value === 'true', rating: Number(rating.value)};
    if (comment.value.trim()) body.comment = comment.value.trim();
    const response = await fetch(`/api/v1/public/appeals/${encodeURIComponent(asked.number)}/feedback`, {
      method: 'POST', body: JSON.stringify(body),
      headers: {'X-Access-Code': asked.code, 'Content-Type': 'application/json', Accept: 'application/json'},
    });
    const type = response.headers.get('Content-Type') ?? '';
    feedback = {status: response.status, solved: body.solved, data: type.includes('json') ? await response.json() : null};
    render();
    document.getElementById('feedback-message').focus();
  });
  section.append(message, f);
  return section;
}

function feedbackError(r) {
  switch (r.status) {
    case 409: return t('feedback.already');
    case 410: return t('feedback.gone');
    case 404: return t('track.notFound');
    case 429: return t('track.tooMany');
    default: return r.data?.errors?.map(x => `${x.field}: ${x.message}`).join('; ') || r.data?.detail || `${t('error')} (${r.status})`;
  }
}

/** Puts back what was typed into the feedback form before it was drawn again (a language switch). */
function restore(f, values) {
  if (!f) return;
  for (const [name, value] of values) {
    const control = f.elements[name];
    if (control instanceof RadioNodeList) control.value = value; else if (control) control.value = value;
  }
}

form.addEventListener('submit', async e => {
  e.preventDefault();
  const number = form.number.value.trim().toUpperCase();
  const code = form.code.value.trim().toUpperCase();
  const response = await fetch(`/api/v1/public/appeals/${encodeURIComponent(number)}`, {
    headers: {'X-Access-Code': code, Accept: 'application/json'},
  });
  asked = {number, code};
  feedback = null;
  last = {status: response.status, data: response.ok ? await response.json() : null};
  render();
  result.focus();
});

document.getElementById('who').append(languageSwitch(render));
setLang(lang());
render();

// The answer notice links here with the number filled in (?number=...); the code is the citizen's to type.
const linked = new URLSearchParams(location.search).get('number');
if (linked) {
  form.number.value = linked;
  form.code.focus();
}
