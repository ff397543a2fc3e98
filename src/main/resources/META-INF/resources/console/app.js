// The console: one page, its screens chosen by the signed-in user's roles. Every screen talks to
// the same REST API as any other client (/api/v1, bearer token); there is no back end of its own.
import {init, signIn, signOut, claims, roles} from './auth.js';
import {t, lang, setLang, languageSwitch, translate} from './i18n.js';
import {intakeScreen} from './intake.js';
import {casesScreen} from './cases.js';
import {dashboardScreen} from './dashboard.js';
import {receptionsScreen, letterScreen} from './office.js';

const SCREENS = [
  {id: 'intake', title: 'nav.intake', roles: ['operator'], render: intakeScreen},
  {id: 'cases', title: 'nav.queue', roles: ['supervisor'], render: casesScreen},
  {id: 'cases', title: 'nav.assigned', roles: ['executor'], render: casesScreen},
  {id: 'dashboard', title: 'nav.dashboard', roles: ['analyst'], render: dashboardScreen},
  {id: 'receptions', title: 'nav.receptions', roles: ['office-staff'], render: receptionsScreen},
  {id: 'letter', title: 'nav.letter', roles: ['office-staff'], render: letterScreen},
];

const main = document.getElementById('main');

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

function renderHeader() {
  const who = document.getElementById('who');
  who.replaceChildren(languageSwitch(route));
  const c = claims();
  if (c) {
    who.append(el('span', {}, `${t('signedInAs')} ${c.preferred_username}`),
      el('button', {type: 'button', id: 'signout', onclick: signOut}, t('signout')));
  }
}

function route() {
  document.title = t('app.title');
  translate(document);
  renderHeader();
  const nav = document.getElementById('nav');
  nav.replaceChildren();
  if (!claims()) {
    main.replaceChildren(el('p', {}, t('signin.prompt')),
      el('button', {type: 'button', id: 'signin', onclick: () => signIn({locale: lang()})}, t('signin')));
    return;
  }
  const mine = SCREENS.filter(s => s.roles.some(r => roles().includes(r)))
    .filter((s, i, all) => all.findIndex(x => x.id === s.id) === i);
  if (mine.length === 0) {
    main.replaceChildren(el('p', {}, t('noScreens')));
    return;
  }
  const wanted = location.hash.slice(1).split('?')[0];
  const screen = mine.find(s => s.id === wanted) ?? mine[0];
  for (const s of mine) {
    const a = el('a', {href: `#${s.id}`}, t(s.title));
    if (s === screen) a.setAttribute('aria-current', 'page');
    nav.append(a);
  }
  // Each render gets its own element: a screen still loading when the user moves on writes into
  // its detached element, never over the screen now shown.
  const view = document.createElement('div');
  main.replaceChildren(view);
  screen.render(view);
}

setLang(lang());
await init();
window.addEventListener('hashchange', route);
route();
