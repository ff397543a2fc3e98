// The analyst's dashboard: an annual report's table for any period with the same dates of earlier
// years beside it, charts of the period (appeals per month against last year, the positive rate by
// district, channel and topic group), and the campaigns that ran in it. Every figure comes from
// /stats/appeals and /stats/receptions, every table downloads as CSV from the same request
// (Accept: text/csv, fetched with the token and saved as a file), and no table holds a person.
import {api, apiRaw} from './auth.js';
import {t, lang, localDate} from './i18n.js';
import {problemText} from './intake.js';
import {barChart, pairedColumns} from './charts.js';
import {make, withHead} from './dom.js';

const DEPUTIES = ['MAJILIS_DEPUTY', 'MASLIKHAT_DEPUTY'];
const MAX_COMPARE = 5;
let catalogue = null;
let loads = 0;

const locale = () => (lang() === 'kk' ? 'kk-KZ' : 'ru-RU');
const number = n => (n === null || n === undefined ? '—' : new Intl.NumberFormat(locale()).format(n));
const percent = r => (r === null || r === undefined ? '—'
  : new Intl.NumberFormat(locale(), {style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1}).format(r));
const span = p => `${localDate(p.from)} – ${localDate(p.to)}`;

/** Today in the region (UTC+5) as YYYY-MM-DD. */
function today() {
  return new Date(Date.now() + 5 * 3600 * 1000).toISOString().slice(0, 10);
}

function params() {
  const q = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const years = Number.parseInt(q.get('years') ?? '2', 10);
  return {from: q.get('from') ?? `${today().slice(0, 4)}-01-01`, to: q.get('to') ?? today(),
    years: Number.isInteger(years) && years >= 0 && years <= MAX_COMPARE ? years : 2};
}

async function loadCatalogue() {
  if (!catalogue) {
    const [districts, topics] = await Promise.all([api('/districts?limit=500'), api('/topics?limit=500')]);
    catalogue = {
      districts: new Map((districts.data?.items ?? []).map(d => [d.code, d.name])),
      groups: new Map((topics.data?.items ?? []).filter(x => x.groupCode).map(x => [x.groupCode, x.groupName ?? x.groupCode])),
    };
  }
  return catalogue;
}

function labelled(id, key, control) {
  const label = make('label', {htmlFor: id, textContent: t(key)});
  control.id = id;
  const box = make('div', {className: 'field'});
  box.append(label, control);
  return box;
}

export async function dashboardScreen(main) {
  const p = params();
  const from = make('input', {type: 'date', value: p.from, required: true, name: 'from'});
  const to = make('input', {type: 'date', value: p.to, required: true, name: 'to'});
  const years = make('select', {name: 'years'});
  for (let n = 0; n <= MAX_COMPARE; n++) years.append(make('option', {value: String(n), textContent: String(n)}));
  years.value = String(p.years);
  const form = make('form', {id: 'dash-form', className: 'inline-form'});
  form.append(labelled('dash-from', 'dash.from', from), labelled('dash-to', 'dash.to', to),
    labelled('dash-years', 'dash.years', years), make('button', {type: 'submit', id: 'dash-show', textContent: t('find')}));
  const message = make('div', {id: 'dash-message'});
  message.setAttribute('role', 'status');
  const results = make('div', {id: 'dash-results'});
  form.addEventListener('submit', e => {
    e.preventDefault();
    const chosen = {from: from.value, to: to.value, years: Number(years.value)};
    history.replaceState(null, '', `#dashboard?${new URLSearchParams({from: chosen.from, to: chosen.to, years: chosen.years})}`);
    show(chosen, results, message);
  });
  main.replaceChildren(make('h2', {textContent: t('nav.dashboard')}), form, message, results);
  await show(p, results, message);
}

/** Reads every figure of the period at once, then draws; a later request supersedes an earlier one. */
async function show({from, to, years}, results, message) {
  const mine = ++loads;
  if (!from || !to || to < from) {
    message.replaceChildren(make('p', {className: 'error', textContent: t('dash.badPeriod')}));
    return;
  }
  message.replaceChildren(make('p', {textContent: t('dash.loading')}));
  const period = `from=${from}&to=${to}`;
  const paths = {
    report: `/stats/appeals?${period}&compareYears=${years}`,
    receptions: `/stats/receptions?${period}&groupBy=officialType&compareYears=${years}`,
    months: `/stats/appeals?${period}&groupBy=month&compareYears=1`,
    districts: `/stats/appeals?${period}&groupBy=districtCode`,
    channels: `/stats/appeals?${period}&groupBy=channel`,
    topicGroups: `/stats/appeals?${period}&groupBy=topicGroup`,
    campaignAppeals: `/stats/appeals?${period}&groupBy=campaign`,
    campaignReceptions: `/stats/receptions?${period}&groupBy=campaign`,
  };
  const names = Object.keys(paths);
  const [answers, campaigns, cat] = await Promise.all([
    Promise.all(names.map(n => api(paths[n]))), campaignsOf(from, to), loadCatalogue()]);
  if (mine !== loads) return;
  const r = Object.fromEntries(names.map((n, i) => [n, answers[i]]));
  const failed = ['report', 'receptions'].map(n => r[n]).find(x => !x.ok);
  if (failed) {
    message.replaceChildren(make('p', {className: 'error', textContent: problemText(failed)}));
    results.replaceChildren();
    delete results.dataset.period;
    return;
  }
  message.replaceChildren();
  const sections = [
    reportSection(r.report.data, r.receptions.data, paths, from, to),
    monthsSection(r.months, paths.months, from, to),
    rateSection('districts', 'dash.byDistrict', r.districts, paths.districts, k => cat.districts.get(k) ?? k),
    rateSection('channels', 'dash.byChannel', r.channels, paths.channels, k => t(`channel.${k}`)),
    rateSection('topic-groups', 'dash.byTopicGroup', r.topicGroups, paths.topicGroups, k => cat.groups.get(k) ?? k),
    campaignSection(campaigns, r.campaignAppeals, r.campaignReceptions, paths, cat, from, to),
  ];
  results.replaceChildren(...sections);
  results.dataset.period = `${from}/${to}`;
}

/** The campaigns whose period overlaps this one (every page of the list). */
async function campaignsOf(from, to) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < 20; page++) {
    const r = await api(`/campaigns?from=${from}&to=${to}&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (!r.ok) return {ok: false, answer: r, items};
    items.push(...r.data.items);
    cursor = r.data.nextCursor;
    if (!cursor) break;
  }
  return {ok: true, items};
}

function section(id, headingKey, ...children) {
  const s = make('section', {id: `dash-${id}`, className: 'dash-section'});
  const h = make('h3', {id: `dash-${id}-h`, textContent: t(headingKey)});
  s.setAttribute('aria-labelledby', h.id);
  s.append(h, ...children);
  return s;
}

function table(id, caption, columns, rows) {
  const tbl = make('table', {id});
  tbl.append(make('caption', {textContent: caption}));
  const body = withHead(tbl, columns);
  for (const row of rows) body.append(row);
  return tbl;
}

/** A row: a header cell, then value cells (numbers right-aligned), each tagged for readers and tests. */
function row(header, cells, attrs = {}) {
  const tr = make('tr');
  for (const [k, v] of Object.entries(attrs)) tr.dataset[k] = v;
  tr.append(make('th', {scope: 'row', textContent: header}));
  for (const c of cells) tr.append(make('td', {className: 'num', textContent: c}));
  return tr;
}

/**
 * CSV buttons for the requests a table was built from (the file is the API's own CSV), described
 * by their section's heading so that each says which table it saves.
 */
function downloads(section, items) {
  const box = make('div', {className: 'downloads'});
  const status = make('p', {className: 'hint'});
  status.setAttribute('role', 'status');
  for (const {key, path, file} of items) {
    const b = make('button', {type: 'button', className: 'secondary', textContent: t(key)});
    b.dataset.csv = file;
    b.setAttribute('aria-describedby', `dash-${section}-h`);
    b.addEventListener('click', () => saveCsv(path, file, status));
    box.append(b);
  }
  box.append(status);
  return box;
}

async function saveCsv(path, file, status) {
  const response = await apiRaw(path, {headers: {Accept: 'text/csv'}});
  if (!response.ok) {
    const type = response.headers.get('Content-Type') ?? '';
    const data = type.includes('json') ? await response.json() : null;
    status.textContent = problemText({status: response.status, data});
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = make('a', {href: url, download: file});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  status.textContent = t('dash.saved').replace('{file}', file);
}

function reportSection(appeals, receptions, paths, from, to) {
  const periods = [{from: appeals.from, to: appeals.to, a: appeals.total, r: receptions}]
    .concat(appeals.comparisons.map((c, i) => ({from: c.from, to: c.to, a: c.total, r: receptions.comparisons[i]})));
  const held = (r, types) => (r ? r.groups.filter(g => types.includes(g.key)).reduce((n, g) => n + g.receptionsHeld, 0) : null);
  const figures = [
    ['received', 'dash.received', p => number(p.a.received)],
    ['positive', 'dash.positive', p => number(p.a.positive)],
    ['positiveRate', 'dash.positiveRate', p => percent(p.a.positiveRate)],
    ['receptionsHeld', 'dash.receptionsHeld', p => number(p.r?.total.receptionsHeld)],
    ['heldByAgencyHeads', 'dash.heldByAgencyHeads', p => number(held(p.r, ['AGENCY_HEAD']))],
    ['heldByDeputies', 'dash.heldByDeputies', p => number(held(p.r, DEPUTIES))],
    ['citizensReceived', 'dash.citizensReceived', p => number(p.r?.total.citizensReceived)],
  ];
  const columns = [t('dash.figure'), ...periods.map(span)];
  const rows = figures.map(([name, key, value]) => row(t(key), periods.map(value), {figure: name}));
  const caption = `${t('dash.report')}: ${span(appeals)}${periods.length > 1 ? `, ${t('dash.withEarlier')}` : ''}`;
  return section('report', 'dash.report', table('report-table', caption, columns, rows),
    downloads('report', [{key: 'dash.csv.appeals', path: paths.report, file: `appeals-${from}-${to}.csv`},
      {key: 'dash.csv.receptions', path: paths.receptions, file: `receptions-${from}-${to}.csv`}]));
}

/** The months of the period as YYYY-MM, first to last. */
function monthsBetween(from, to) {
  const out = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  while ((y < ty || (y === ty && m <= tm)) && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

function monthName(key, withYear) {
  const [y, m] = key.split('-').map(Number);
  const options = withYear ? {month: 'short', year: 'numeric', timeZone: 'UTC'} : {month: 'short', timeZone: 'UTC'};
  return new Intl.DateTimeFormat(locale(), options).format(new Date(Date.UTC(y, m - 1, 15)));
}

function monthsSection(answer, path, from, to) {
  if (!answer.ok) return section('months', 'dash.perMonth', make('p', {className: 'error', textContent: problemText(answer)}));
  const now = new Map(answer.data.groups.map(g => [g.key, g.received]));
  const before = new Map((answer.data.comparisons[0]?.groups ?? []).map(g => [g.key, g.received]));
  const earlierKey = k => `${Number(k.slice(0, 4)) - 1}${k.slice(4)}`;
  const keys = monthsBetween(from, to);
  const manyYears = from.slice(0, 4) !== to.slice(0, 4);
  const data = keys.map(k => ({key: k, label: monthName(k, manyYears), current: now.get(k) ?? 0, earlier: before.get(earlierKey(k)) ?? 0}));
  const legend = {current: span(answer.data), earlier: answer.data.comparisons[0] ? span(answer.data.comparisons[0]) : ''};
  const chart = pairedColumns({title: t('dash.perMonth'), rows: data, legend, format: number});
  const rows = data.map(d => row(monthName(d.key, true), [number(d.current), number(d.earlier)], {key: d.key}));
  return section('months', 'dash.perMonth', figure(chart, t('dash.perMonth')),
    table('months-table', t('dash.perMonth'), [t('dash.month'), legend.current, legend.earlier], rows),
    downloads('months', [{key: 'dash.csv', path, file: `appeals-by-month-${from}-${to}.csv`}]));
}

function rateSection(id, key, answer, path, name) {
  if (!answer.ok) return section(id, key, make('p', {className: 'error', textContent: problemText(answer)}));
  const groups = [...answer.data.groups].sort((a, b) => b.positiveRate - a.positiveRate || b.received - a.received);
  const data = groups.map(g => ({key: g.key, label: name(g.key), value: Number(g.positiveRate),
    text: `${percent(g.positiveRate)} (${number(g.positive)} / ${number(g.received)})`}));
  const chart = barChart({title: t(key), rows: data, empty: t('dash.noData')});
  const rows = groups.map((g, i) => row(data[i].label, [number(g.received), number(g.positive), percent(g.positiveRate)], {key: g.key}));
  return section(id, key, figure(chart, t(key)),
    table(`${id}-table`, t(key), [t(`dash.key.${id}`), t('dash.received'), t('dash.positive'), t('dash.positiveRate')], rows),
    downloads(id, [{key: 'dash.csv', path, file: `appeals-by-${id}-${answer.data.from}-${answer.data.to}.csv`}]));
}

function figure(chart, caption) {
  const f = make('figure', {className: 'chart-box'});
  f.append(chart, make('figcaption', {className: 'hint', textContent: `${caption}. ${t('dash.chartHint')}`}));
  return f;
}

/**
 * The campaigns of the period, each with its figures for the period from the statistics grouped
 * by campaign; where the service gives no such grouping the list stands alone and says so.
 */
function campaignSection(campaigns, appeals, receptions, paths, cat, from, to) {
  const key = 'dash.campaigns';
  if (!campaigns.ok) return section('campaigns', key, make('p', {className: 'error', textContent: problemText(campaigns.answer)}));
  if (!campaigns.items.length) return section('campaigns', key, make('p', {id: 'campaigns-none', textContent: t('dash.campaigns.none')}));
  const figures = answer => (answer.ok ? new Map(answer.data.groups.map(g => [g.key, g])) : null);
  const a = figures(appeals);
  const r = figures(receptions);
  const value = (map, code, f) => (map ? f(map.get(code)) : '—');
  const rows = campaigns.items.map(c => row(`${c.name?.[lang()] ?? c.name?.ru ?? c.code} (${c.code})`, [
    t(`campaign.${c.kind}`), span(c), c.districts.map(d => cat.districts.get(d) ?? d).join(', '),
    value(a, c.code, g => number(g?.received ?? 0)), value(a, c.code, g => number(g?.positive ?? 0)),
    value(a, c.code, g => percent(g?.positiveRate ?? 0)), value(r, c.code, g => number(g?.receptionsHeld ?? 0)),
    value(r, c.code, g => number(g?.citizensReceived ?? 0))], {campaign: c.code}));
  const columns = [t('dash.campaign'), t('dash.kind'), t('dash.period'), t('dash.districts'), t('dash.received'),
    t('dash.positive'), t('dash.positiveRate'), t('dash.receptionsHeld'), t('dash.citizensReceived')];
  const parts = [table('campaigns-table', `${t(key)}: ${localDate(from)} – ${localDate(to)}`, columns, rows)];
  // the kind, period and districts cells are words, not figures
  for (const tr of rows) [...tr.cells].slice(1, 4).forEach(td => td.classList.remove('num'));
  if (!a || !r) parts.push(make('p', {className: 'hint', id: 'campaigns-no-figures', textContent: t('dash.campaigns.noFigures')}));
  const files = [];
  if (a) files.push({key: 'dash.csv.appeals', path: paths.campaignAppeals, file: `appeals-by-campaign-${from}-${to}.csv`});
  if (r) files.push({key: 'dash.csv.receptions', path: paths.campaignReceptions, file: `receptions-by-campaign-${from}-${to}.csv`});
  if (files.length) parts.push(downloads('campaigns', files));
  return section('campaigns', key, ...parts);
}
