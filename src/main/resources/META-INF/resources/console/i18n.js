// Interface texts: Russian and Kazakh, English where a text has no translation yet.
// Dates are shown in the region's local time, UTC+5 (Kazakhstan keeps one time zone).
const TEXTS = {
  en: {
    'nav.queue': 'Control queue', 'nav.assigned': "Agency's appeals", 'queue.overdue': 'Overdue', 'queue.unassigned': 'Not assigned',
    'queue.answered': 'Answered, to accept or return', 'queue.inProgress': 'In progress', 'queue.assigned': 'Assigned, not started',
    'overdue': 'overdue', 'back': 'Back to the list', 'agency': 'Agency', 'actions': 'Actions', 'reload': 'Reload the appeal',
    'stale': 'Someone changed this appeal while you were reading it. Reload it and try again.', 'timeline': 'Timeline',
    'public': 'public', 'internal': 'internal', 'action.assign': 'Assign', 'action.close': 'Accept the answer and close',
    'action.return': 'Return the answer', 'action.reopen': 'Reopen', 'action.answer': 'Send the answer', 'reason': 'Reason',
    'answer': 'Answer',
    'app.title': "Citizens' appeals register", 'skip': 'Skip to content', 'track.title': 'Follow your appeal',
    'lang.label': 'Language', 'signin': 'Sign in', 'signout': 'Sign out', 'signedInAs': 'Signed in as',
    'signin.prompt': 'Sign in with your work account to open the console.',
    'nav.intake': 'Register a call', 'noScreens': 'Your account has no screens in this console yet.',
    'phone': 'Caller phone', 'lookup': 'Find earlier appeals', 'history.title': 'Earlier appeals of this caller',
    'history.none': 'No earlier appeals for this phone.', 'fullName': 'Full name', 'type': 'Type of appeal',
    'topic': 'Topic', 'topic.hint': 'Type a few letters and pick a topic from the list.', 'district': 'District',
    'text': 'Text of the appeal', 'register': 'Register', 'registered': 'Appeal registered',
    'number': 'Registration number', 'accessCode': 'Access code', 'dueAt': 'Due', 'registeredAt': 'Registered',
    'status': 'Status', 'outcome': 'Outcome', 'closedAt': 'Closed', 'replies': 'Replies', 'find': 'Show',
    'track.code': 'Access code', 'track.number': 'Registration number', 'track.notFound': 'No appeal with this number and code.',
    'track.tooMany': 'Too many attempts. Try again later.', 'track.hint': 'The number and the access code are in the answer you received when you filed the appeal.',
    'error': 'Something went wrong', 'error.topic': 'Pick a topic from the list.', 'newCall': 'New call',
    'type.STATEMENT': 'Statement', 'type.COMPLAINT': 'Complaint', 'type.PROPOSAL': 'Proposal', 'type.INQUIRY': 'Inquiry',
    'type.REPORT': 'Report', 'type.RESPONSE': 'Response',
    'status.REGISTERED': 'Registered', 'status.ASSIGNED': 'Assigned', 'status.IN_PROGRESS': 'In progress',
    'status.RESOLVED': 'Answered', 'status.CLOSED': 'Closed', 'status.REDIRECTED': 'Redirected', 'status.WITHDRAWN': 'Withdrawn',
    'outcome.POSITIVE': 'Considered positively', 'outcome.EXPLAINED': 'Explained', 'outcome.REJECTED': 'Rejected',
    'outcome.REDIRECTED': 'Redirected', 'outcome.TERMINATED': 'Terminated',
  },
  ru: {
    'nav.queue': 'Контроль', 'nav.assigned': 'Обращения ведомства', 'queue.overdue': 'Просрочены', 'queue.unassigned': 'Не назначены',
    'queue.answered': 'Ответ дан: принять или вернуть', 'queue.inProgress': 'На рассмотрении', 'queue.assigned': 'Назначены, не начаты',
    'overdue': 'просрочено', 'back': 'К списку', 'agency': 'Исполнитель (ведомство)', 'actions': 'Действия', 'reload': 'Обновить обращение',
    'stale': 'Кто-то изменил это обращение, пока вы его читали. Обновите его и повторите.', 'timeline': 'Ход рассмотрения',
    'public': 'видно заявителю', 'internal': 'внутреннее', 'action.assign': 'Назначить', 'action.close': 'Принять ответ и закрыть',
    'action.return': 'Вернуть ответ', 'action.reopen': 'Возобновить', 'action.answer': 'Отправить ответ', 'reason': 'Причина',
    'answer': 'Ответ',
    'app.title': 'Реестр обращений граждан', 'skip': 'Перейти к содержимому', 'track.title': 'Ход рассмотрения обращения',
    'lang.label': 'Язык', 'signin': 'Войти', 'signout': 'Выйти', 'signedInAs': 'Вы вошли как',
    'signin.prompt': 'Войдите под рабочей учётной записью, чтобы открыть консоль.',
    'nav.intake': 'Регистрация звонка', 'noScreens': 'Для вашей учётной записи в консоли пока нет экранов.',
    'phone': 'Телефон заявителя', 'lookup': 'Найти прежние обращения', 'history.title': 'Прежние обращения заявителя',
    'history.none': 'Прежних обращений с этим телефоном нет.', 'fullName': 'ФИО', 'type': 'Вид обращения',
    'topic': 'Тема', 'topic.hint': 'Начните вводить и выберите тему из списка.', 'district': 'Район',
    'text': 'Текст обращения', 'register': 'Зарегистрировать', 'registered': 'Обращение зарегистрировано',
    'number': 'Регистрационный номер', 'accessCode': 'Код доступа', 'dueAt': 'Срок', 'registeredAt': 'Зарегистрировано',
    'status': 'Статус', 'outcome': 'Результат', 'closedAt': 'Закрыто', 'replies': 'Ответы', 'find': 'Показать',
    'track.code': 'Код доступа', 'track.number': 'Регистрационный номер', 'track.notFound': 'Обращение с таким номером и кодом не найдено.',
    'track.tooMany': 'Слишком много попыток. Повторите позже.', 'track.hint': 'Номер и код доступа указаны в ответе, полученном при подаче обращения.',
    'error': 'Произошла ошибка', 'error.topic': 'Выберите тему из списка.', 'newCall': 'Новый звонок',
    'type.STATEMENT': 'Заявление', 'type.COMPLAINT': 'Жалоба', 'type.PROPOSAL': 'Предложение', 'type.INQUIRY': 'Запрос',
    'type.REPORT': 'Сообщение', 'type.RESPONSE': 'Отклик',
    'status.REGISTERED': 'Зарегистрировано', 'status.ASSIGNED': 'Назначено исполнителю', 'status.IN_PROGRESS': 'На рассмотрении',
    'status.RESOLVED': 'Дан ответ', 'status.CLOSED': 'Закрыто', 'status.REDIRECTED': 'Перенаправлено', 'status.WITHDRAWN': 'Отозвано',
    'outcome.POSITIVE': 'Рассмотрено положительно', 'outcome.EXPLAINED': 'Разъяснено', 'outcome.REJECTED': 'Отказано',
    'outcome.REDIRECTED': 'Перенаправлено', 'outcome.TERMINATED': 'Прекращено',
  },
  kk: {
    'queue.answered': 'Жауап берілді: қабылдау немесе қайтару', 'queue.assigned': 'Тағайындалған, басталмаған',
    'public': 'өтініш берушіге көрінеді', 'internal': 'ішкі', 'action.reopen': 'Қайта қарау',
    'noScreens': 'Сіздің есептік жазбаңыз үшін консольде әзірге экран жоқ.',
    'topic.hint': 'Бірнеше әріп теріп, тізімнен тақырыпты таңдаңыз.', 'error.topic': 'Тізімнен тақырыпты таңдаңыз.',
    'type.REPORT': 'Хабарлама', 'type.RESPONSE': 'Пікір', 'outcome.REDIRECTED': 'Басқа органға жіберілді',
    'outcome.TERMINATED': 'Тоқтатылды',
    'nav.queue': 'Бақылау', 'nav.assigned': 'Ведомство өтініштері', 'queue.overdue': 'Мерзімі өткен', 'queue.unassigned': 'Тағайындалмаған',
    'queue.inProgress': 'Қаралуда', 'overdue': 'мерзімі өткен', 'back': 'Тізімге', 'agency': 'Орындаушы (ведомство)',
    'actions': 'Әрекеттер', 'reload': 'Өтінішті жаңарту', 'stale': 'Сіз оқып отырғанда бұл өтінішті біреу өзгертті. Жаңартып, қайталаңыз.',
    'timeline': 'Қарау барысы', 'action.assign': 'Тағайындау', 'action.close': 'Жауапты қабылдап, жабу', 'action.return': 'Жауапты қайтару',
    'action.answer': 'Жауап жіберу', 'reason': 'Себебі', 'answer': 'Жауап',
    'app.title': 'Азаматтардың өтініштері тізілімі', 'skip': 'Мазмұнға өту', 'track.title': 'Өтінішті қарау барысы',
    'lang.label': 'Тіл', 'signin': 'Кіру', 'signout': 'Шығу', 'signedInAs': 'Сіз кірдіңіз:',
    'signin.prompt': 'Консольді ашу үшін жұмыс есептік жазбаңызбен кіріңіз.',
    'nav.intake': 'Қоңырауды тіркеу',
    'phone': 'Өтініш берушінің телефоны', 'lookup': 'Бұрынғы өтініштерді табу', 'history.title': 'Өтініш берушінің бұрынғы өтініштері',
    'history.none': 'Бұл телефонмен бұрынғы өтініштер жоқ.', 'fullName': 'Аты-жөні', 'type': 'Өтініш түрі',
    'topic': 'Тақырып', 'district': 'Аудан', 'text': 'Өтініш мәтіні', 'register': 'Тіркеу', 'registered': 'Өтініш тіркелді',
    'number': 'Тіркеу нөмірі', 'accessCode': 'Қол жеткізу коды', 'dueAt': 'Мерзімі', 'registeredAt': 'Тіркелген күні',
    'status': 'Мәртебесі', 'outcome': 'Нәтижесі', 'closedAt': 'Жабылған күні', 'replies': 'Жауаптар', 'find': 'Көрсету',
    'track.code': 'Қол жеткізу коды', 'track.number': 'Тіркеу нөмірі', 'track.notFound': 'Мұндай нөмір мен кодпен өтініш табылмады.',
    'track.tooMany': 'Әрекеттер тым көп. Кейінірек қайталаңыз.', 'track.hint': 'Нөмір мен қол жеткізу коды өтініш берген кезде алынған жауапта көрсетілген.',
    'error': 'Қате орын алды', 'newCall': 'Жаңа қоңырау',
    'type.STATEMENT': 'Өтініш', 'type.COMPLAINT': 'Шағым', 'type.PROPOSAL': 'Ұсыныс', 'type.INQUIRY': 'Сұрау салу',
    'status.REGISTERED': 'Тіркелді', 'status.ASSIGNED': 'Орындаушыға тағайындалды', 'status.IN_PROGRESS': 'Қаралуда',
    'status.RESOLVED': 'Жауап берілді', 'status.CLOSED': 'Жабылды', 'status.REDIRECTED': 'Қайта жіберілді', 'status.WITHDRAWN': 'Кері қайтарылды',
    'outcome.POSITIVE': 'Оң шешілді', 'outcome.EXPLAINED': 'Түсіндірілді', 'outcome.REJECTED': 'Бас тартылды',
  },
};

// The screens of office staff, control filters, executors' notes, templates and documents.
const STAFF_TEXTS = {
  en: {
    'nav.receptions': 'Reception schedule', 'nav.letter': 'Paper letter', 'week.previous': '← Previous week',
    'week.current': 'This week', 'week.next': 'Next week →', 'week.none': 'No receptions this week.',
    'reception.when': 'When', 'reception.official': 'Official', 'reception.format': 'Format', 'reception.campaign': 'Campaign',
    'reception.figures': 'Citizens / appeals', 'reception.noCampaign': '— none —', 'reception.schedule': 'Schedule a reception',
    'reception.day': 'Date', 'reception.time': 'Start time', 'reception.back': 'Back to the schedule', 'reception.title': 'Reception',
    'reception.citizens': 'Citizens received', 'reception.appeals': 'Appeals taken at the reception',
    'reception.noAppeals': 'No appeals recorded yet.', 'reception.takeAppeal': 'Register an appeal taken in person',
    'reception.hold': 'Mark held', 'reception.SCHEDULED': 'Scheduled', 'reception.HELD': 'Held', 'reception.CANCELLED': 'Cancelled',
    'official.AGENCY_HEAD': 'agency head', 'official.MAJILIS_DEPUTY': 'deputy of the Mazhilis',
    'official.MASLIKHAT_DEPUTY': 'deputy of the maslikhat', 'official.OFFICE_HEAD': 'office head',
    'format.REGULAR': 'Regular', 'format.MOBILE': 'Mobile office', 'format.THEMATIC': 'Thematic',
    'letter.legend': 'A paper letter', 'letter.phone': 'Phone', 'letter.phoneHint': 'A phone or a postal address is needed for the answer; with a phone the applicant gets an access code.',
    'letter.address': 'Postal address',
    'letter.received': 'Received on', 'letter.submitHint': 'Ctrl+Enter registers.',
    'queue.dueSoon': 'Due within 2 working days', 'queue.returned': 'Returned, awaiting a new answer',
    'queue.disputed': 'Disputed by the citizen', 'queue.failedNotices': 'Failed notices', 'queue.filters': 'Filters',
    'queue.all': 'All', 'notice.kind': 'Notice', 'notice.channel': 'Channel', 'notice.recipient': 'Recipient',
    'notice.attempts': 'Attempts', 'notice.error': 'Last error', 'notice.retry': 'Retry', 'notice.PENDING': 'Waiting to be sent',
    'notice.SENT': 'Sent', 'notice.DELIVERED': 'Delivered', 'notice.FAILED': 'Failed', 'extended': 'extended',
    'redirectedTo': 'Redirected to', 'progress.note': 'Note', 'progress.public': 'The applicant may read it',
    'action.progress': 'Add a progress note', 'action.extend': 'Extend the term', 'extension.dueAt': 'New due date',
    'action.redirect': 'Redirect', 'redirection.to': 'To (the competent body)', 'action.withdraw': 'Withdraw',
    'template.pick': 'Start from a template', 'template.use': 'Insert the template', 'template.used': 'The template is in the answer; edit it before sending.',
    'documents': 'Documents', 'document.download': 'Download', 'document.none': 'No documents.', 'document.upload': 'Attach a document',
    'document.file': 'File', 'document.kind': 'Kind of document', 'document.public': 'The applicant may download it (answers only)',
    'document.INCOMING': 'incoming', 'document.ANSWER': 'answer', 'document.INTERNAL': 'internal',
  },
  ru: {
    'nav.receptions': 'График приёмов', 'nav.letter': 'Письменное обращение', 'week.previous': '← Предыдущая неделя',
    'week.current': 'Текущая неделя', 'week.next': 'Следующая неделя →', 'week.none': 'На этой неделе приёмов нет.',
    'reception.when': 'Когда', 'reception.official': 'Ведёт приём', 'reception.format': 'Формат', 'reception.campaign': 'Акция',
    'reception.figures': 'Принято граждан / обращений', 'reception.noCampaign': '— нет —', 'reception.schedule': 'Назначить приём',
    'reception.day': 'Дата', 'reception.time': 'Время начала', 'reception.back': 'К графику', 'reception.title': 'Приём',
    'reception.citizens': 'Принято граждан', 'reception.appeals': 'Обращения, принятые на приёме',
    'reception.noAppeals': 'Обращений пока нет.', 'reception.takeAppeal': 'Зарегистрировать обращение с приёма',
    'reception.hold': 'Отметить приём проведённым', 'reception.SCHEDULED': 'Назначен', 'reception.HELD': 'Проведён',
    'reception.CANCELLED': 'Отменён', 'official.AGENCY_HEAD': 'руководитель ведомства', 'official.MAJILIS_DEPUTY': 'депутат Мажилиса',
    'official.MASLIKHAT_DEPUTY': 'депутат маслихата', 'official.OFFICE_HEAD': 'руководитель аппарата',
    'format.REGULAR': 'Обычный', 'format.MOBILE': 'Выездной', 'format.THEMATIC': 'Тематический',
    'letter.legend': 'Письменное обращение', 'letter.phone': 'Телефон', 'letter.phoneHint': 'Для ответа нужен телефон или почтовый адрес; с телефоном заявитель получит код доступа.',
    'letter.address': 'Почтовый адрес',
    'letter.received': 'Дата поступления', 'letter.submitHint': 'Ctrl+Enter — зарегистрировать.',
    'queue.dueSoon': 'Срок истекает в течение 2 рабочих дней', 'queue.returned': 'Возвращены на доработку',
    'queue.disputed': 'Оспорены заявителем', 'queue.failedNotices': 'Недоставленные уведомления', 'queue.filters': 'Фильтры',
    'queue.all': 'Все', 'notice.kind': 'Уведомление', 'notice.channel': 'Канал', 'notice.recipient': 'Получатель',
    'notice.attempts': 'Попыток', 'notice.error': 'Последняя ошибка', 'notice.retry': 'Повторить', 'notice.PENDING': 'Ожидает отправки',
    'notice.SENT': 'Отправлено', 'notice.DELIVERED': 'Доставлено', 'notice.FAILED': 'Не доставлено', 'extended': 'продлён',
    'redirectedTo': 'Направлено в', 'progress.note': 'Запись о ходе', 'progress.public': 'Видно заявителю',
    'action.progress': 'Добавить запись о ходе', 'action.extend': 'Продлить срок', 'extension.dueAt': 'Новый срок',
    'action.redirect': 'Перенаправить', 'redirection.to': 'Куда (компетентный орган)', 'action.withdraw': 'Снять с рассмотрения',
    'template.pick': 'Начать с шаблона', 'template.use': 'Вставить шаблон', 'template.used': 'Шаблон вставлен в ответ; отредактируйте его перед отправкой.',
    'documents': 'Документы', 'document.download': 'Скачать', 'document.none': 'Документов нет.', 'document.upload': 'Приложить документ',
    'document.file': 'Файл', 'document.kind': 'Вид документа', 'document.public': 'Заявитель может скачать (только ответ)',
    'document.INCOMING': 'входящий', 'document.ANSWER': 'ответ', 'document.INTERNAL': 'внутренний',
  },
  kk: {
    'nav.receptions': 'Қабылдау кестесі', 'nav.letter': 'Жазбаша өтініш', 'week.previous': '← Өткен апта',
    'week.current': 'Осы апта', 'week.next': 'Келесі апта →', 'week.none': 'Бұл аптада қабылдау жоқ.',
    'reception.when': 'Қашан', 'reception.official': 'Қабылдауды жүргізеді', 'reception.format': 'Пішімі', 'reception.campaign': 'Акция',
    'reception.figures': 'Қабылданған азаматтар / өтініштер', 'reception.noCampaign': '— жоқ —', 'reception.schedule': 'Қабылдау тағайындау',
    'reception.day': 'Күні', 'reception.time': 'Басталу уақыты', 'reception.back': 'Кестеге', 'reception.title': 'Қабылдау',
    'reception.citizens': 'Қабылданған азаматтар', 'reception.appeals': 'Қабылдауда алынған өтініштер',
    'reception.noAppeals': 'Әзірге өтініш жоқ.', 'reception.takeAppeal': 'Қабылдаудағы өтінішті тіркеу',
    'reception.hold': 'Қабылдау өтті деп белгілеу', 'reception.SCHEDULED': 'Тағайындалды', 'reception.HELD': 'Өтті',
    'reception.CANCELLED': 'Болдырылмады', 'official.AGENCY_HEAD': 'ведомство басшысы', 'official.MAJILIS_DEPUTY': 'Мәжіліс депутаты',
    'official.MASLIKHAT_DEPUTY': 'мәслихат депутаты', 'official.OFFICE_HEAD': 'аппарат басшысы',
    'format.REGULAR': 'Әдеттегі', 'format.MOBILE': 'Көшпелі', 'format.THEMATIC': 'Тақырыптық',
    'letter.legend': 'Жазбаша өтініш', 'letter.phone': 'Телефон', 'letter.phoneHint': 'Жауап үшін телефон немесе пошта мекенжайы қажет; телефон болса, өтініш беруші қол жеткізу кодын алады.',
    'letter.address': 'Пошта мекенжайы',
    'letter.received': 'Келіп түскен күні', 'letter.submitHint': 'Ctrl+Enter — тіркеу.',
    'queue.dueSoon': 'Мерзімі 2 жұмыс күні ішінде бітеді', 'queue.returned': 'Пысықтауға қайтарылған',
    'queue.disputed': 'Өтініш беруші дауласқан', 'queue.failedNotices': 'Жеткізілмеген хабарламалар', 'queue.filters': 'Сүзгілер',
    'queue.all': 'Барлығы', 'notice.kind': 'Хабарлама', 'notice.channel': 'Арна', 'notice.recipient': 'Алушы',
    'notice.attempts': 'Әрекеттер', 'notice.error': 'Соңғы қате', 'notice.retry': 'Қайталау', 'notice.PENDING': 'Жіберуді күтуде',
    'notice.SENT': 'Жіберілді', 'notice.DELIVERED': 'Жеткізілді', 'notice.FAILED': 'Жеткізілмеді', 'extended': 'ұзартылды',
    'redirectedTo': 'Жіберілген орган', 'progress.note': 'Барысы туралы жазба', 'progress.public': 'Өтініш берушіге көрінеді',
    'action.progress': 'Барысы туралы жазба қосу', 'action.extend': 'Мерзімді ұзарту', 'extension.dueAt': 'Жаңа мерзім',
    'action.redirect': 'Қайта жіберу', 'redirection.to': 'Қайда (құзыретті орган)', 'action.withdraw': 'Қараудан алу',
    'template.pick': 'Үлгіден бастау', 'template.use': 'Үлгіні қою', 'template.used': 'Үлгі жауапқа қойылды; жібермес бұрын түзетіңіз.',
    'documents': 'Құжаттар', 'document.download': 'Жүктеп алу', 'document.none': 'Құжат жоқ.', 'document.upload': 'Құжат тіркеу',
    'document.file': 'Файл', 'document.kind': 'Құжат түрі', 'document.public': 'Өтініш беруші жүктей алады (тек жауап)',
    'document.INCOMING': 'кіріс', 'document.ANSWER': 'жауап', 'document.INTERNAL': 'ішкі',
  },
};
for (const [code, texts] of Object.entries(STAFF_TEXTS)) Object.assign(TEXTS[code], texts);

export const LANGUAGES = ['ru', 'kk'];
let current = pickLanguage();

function pickLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(asked)) return asked;
  const kept = localStorage.getItem('appeals.lang'); // a preference, never a token
  return LANGUAGES.includes(kept) ? kept : 'ru';
}

export function lang() { return current; }

export function setLang(value) {
  current = LANGUAGES.includes(value) ? value : 'ru';
  localStorage.setItem('appeals.lang', current);
  document.documentElement.lang = current;
  translate(document);
}

export function t(key) {
  return TEXTS[current][key] ?? TEXTS.en[key] ?? key;
}

/** The name of a code of the service (a timeline entry's kind, a notice's kind), or the code itself when it has none yet. */
export function named(group, code) {
  const key = `${group}.${code}`;
  const text = t(key);
  return text === key ? code : text;
}

/** Fills every element carrying data-t (its text) or data-t-placeholder. */
export function translate(root) {
  root.querySelectorAll('[data-t]').forEach(el => { el.textContent = t(el.dataset.t); });
  root.querySelectorAll('[data-t-aria]').forEach(el => { el.setAttribute('aria-label', t(el.dataset.tAria)); });
}

const OFFSET_MS = 5 * 3600 * 1000;

/** An ISO instant as a local date and time in UTC+5, e.g. 02.12.2026 14:05. */
export function localDateTime(iso) {
  if (!iso) return '';
  const d = new Date(Date.parse(iso) + OFFSET_MS);
  const p = n => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

/** A local date (YYYY-MM-DD, already a date of the region) as DD.MM.YYYY. */
export function localDate(ymd) {
  if (!ymd) return '';
  const [y, m, d] = ymd.split('-');
  return `${d}.${m}.${y}`;
}

/** A language switch (a labelled select) that re-renders through the callback. */
export function languageSwitch(onChange) {
  const label = document.createElement('label');
  label.className = 'lang';
  const span = document.createElement('span');
  span.dataset.t = 'lang.label';
  span.textContent = t('lang.label');
  const select = document.createElement('select');
  select.id = 'lang';
  for (const [code, name] of [['ru', 'Русский'], ['kk', 'Қазақша']]) {
    const o = document.createElement('option');
    o.value = code; o.textContent = name; o.lang = code;
    select.append(o);
  }
  select.value = current;
  select.addEventListener('change', () => { setLang(select.value); onChange?.(); });
  label.append(span, ' ', select);
  return label;
}

// The analyst's dashboard, its campaigns, and the citizen's feedback on /track/: their own block,
// merged into the tables above.
const DASHBOARD_TEXTS = {
  en: {
    'nav.dashboard': 'Dashboard', 'dash.from': 'From', 'dash.to': 'To', 'dash.years': 'Earlier years beside it',
    'dash.loading': 'Loading…', 'dash.badPeriod': 'Give a period whose start is not after its end.',
    'dash.report': "The annual report's figures", 'dash.withEarlier': 'and the same dates of earlier years', 'dash.figure': 'Figure',
    'dash.received': 'Appeals received', 'dash.positive': 'Considered positively', 'dash.positiveRate': 'Positive rate',
    'dash.receptionsHeld': 'Personal receptions held', 'dash.heldByAgencyHeads': 'Receptions held by agency heads',
    'dash.heldByDeputies': 'Receptions held by deputies', 'dash.citizensReceived': 'Citizens received',
    'dash.csv.appeals': 'CSV: appeals', 'dash.csv.receptions': 'CSV: receptions', 'dash.csv': 'Download CSV',
    'dash.saved': 'Saved {file}.', 'dash.perMonth': 'Appeals per month against last year', 'dash.month': 'Month',
    'dash.byDistrict': 'Positive rate by district', 'dash.byChannel': 'Positive rate by channel',
    'dash.byTopicGroup': 'Positive rate by topic group', 'dash.key.districts': 'District', 'dash.key.channels': 'Channel',
    'dash.key.topic-groups': 'Topic group', 'dash.noData': 'No appeals in the period.',
    'dash.chartHint': 'The same figures are in the table below.', 'dash.campaigns': 'Campaigns of the period',
    'dash.campaigns.none': 'No campaign ran in this period.',
    'dash.campaigns.noFigures': 'The service gives no figures by campaign yet: the list only.',
    'dash.campaign': 'Campaign', 'dash.kind': 'Kind', 'dash.period': 'Period', 'dash.districts': 'Districts',
    'channel.PORTAL': 'Web portal', 'channel.CALL_CENTER': 'Call center', 'channel.RECEPTION': 'Personal reception',
    'channel.WRITTEN': 'Paper letter', 'campaign.LEGAL_ADVICE': 'Legal advice', 'campaign.MOBILE_OFFICE': 'Office on the road',
    'campaign.THEMED_WEEK': 'Themed week', 'campaign.OTHER': 'Other',
    'feedback.title': 'Your feedback on the answer', 'feedback.solved': 'Is your problem solved?', 'feedback.yes': 'Yes',
    'feedback.no': 'No', 'feedback.rating': 'Your rating: 1 (bad) to 5 (good)', 'feedback.comment': 'Comment (optional)',
    'feedback.send': 'Send feedback', 'feedback.thanks': 'Thank you: your feedback is recorded.',
    'feedback.thanksDisputed': 'Thank you. The answer goes back to the control officer to review.',
    'feedback.already': 'Feedback on this answer has already been given.',
    'feedback.gone': 'The time for feedback on this answer has passed.',
  },
  ru: {
    'nav.dashboard': 'Аналитика', 'dash.from': 'Начало периода', 'dash.to': 'Конец периода',
    'dash.years': 'Сравнить с прошлыми годами (лет)', 'dash.loading': 'Загрузка…',
    'dash.badPeriod': 'Укажите период: начало не позже конца.', 'dash.report': 'Основные показатели',
    'dash.withEarlier': 'и те же даты прошлых лет', 'dash.figure': 'Показатель', 'dash.received': 'Поступило обращений',
    'dash.positive': 'Рассмотрено положительно', 'dash.positiveRate': 'Доля положительных',
    'dash.receptionsHeld': 'Проведено личных приёмов', 'dash.heldByAgencyHeads': 'Приёмы руководителей госорганов',
    'dash.heldByDeputies': 'Приёмы депутатов', 'dash.citizensReceived': 'Принято граждан',
    'dash.csv.appeals': 'CSV: обращения', 'dash.csv.receptions': 'CSV: приёмы', 'dash.csv': 'Скачать CSV',
    'dash.saved': 'Файл {file} сохранён.', 'dash.perMonth': 'Обращения по месяцам в сравнении с прошлым годом',
    'dash.month': 'Месяц', 'dash.byDistrict': 'Доля положительных по районам',
    'dash.byChannel': 'Доля положительных по каналам поступления', 'dash.byTopicGroup': 'Доля положительных по группам тем',
    'dash.key.districts': 'Район', 'dash.key.channels': 'Канал', 'dash.key.topic-groups': 'Группа тем',
    'dash.noData': 'Нет обращений за период.', 'dash.chartHint': 'Те же цифры — в таблице ниже.',
    'dash.campaigns': 'Кампании периода', 'dash.campaigns.none': 'В этом периоде кампаний не было.',
    'dash.campaigns.noFigures': 'Показатели по кампаниям сервис пока не даёт: показан только список.',
    'dash.campaign': 'Кампания', 'dash.kind': 'Вид', 'dash.period': 'Период', 'dash.districts': 'Районы',
    'channel.PORTAL': 'Портал', 'channel.CALL_CENTER': 'Call-центр', 'channel.RECEPTION': 'Личный приём',
    'channel.WRITTEN': 'Письменное', 'campaign.LEGAL_ADVICE': 'Правовые консультации',
    'campaign.MOBILE_OFFICE': 'Выездной приём', 'campaign.THEMED_WEEK': 'Тематическая неделя', 'campaign.OTHER': 'Другое',
    'feedback.title': 'Ваш отзыв об ответе', 'feedback.solved': 'Решён ли ваш вопрос?', 'feedback.yes': 'Да',
    'feedback.no': 'Нет', 'feedback.rating': 'Оценка ответа: от 1 (плохо) до 5 (хорошо)',
    'feedback.comment': 'Комментарий (необязательно)', 'feedback.send': 'Отправить отзыв',
    'feedback.thanks': 'Спасибо, ваш отзыв принят.',
    'feedback.thanksDisputed': 'Спасибо. Ответ передан контролёру для повторного рассмотрения.',
    'feedback.already': 'Отзыв на этот ответ уже получен.', 'feedback.gone': 'Срок для отзыва на этот ответ истёк.',
  },
  kk: {
    'nav.dashboard': 'Талдау', 'dash.from': 'Кезең басы', 'dash.to': 'Кезең соңы',
    'dash.years': 'Өткен жылдармен салыстыру (жыл саны)', 'dash.loading': 'Жүктелуде…',
    'dash.badPeriod': 'Кезеңді көрсетіңіз: басы соңынан кеш болмауы керек.', 'dash.report': 'Негізгі көрсеткіштер',
    'dash.withEarlier': 'және өткен жылдардың сол күндері', 'dash.figure': 'Көрсеткіш', 'dash.received': 'Түскен өтініштер',
    'dash.positive': 'Оң шешілгені', 'dash.positiveRate': 'Оң шешілгендер үлесі',
    'dash.receptionsHeld': 'Өткізілген жеке қабылдаулар', 'dash.heldByAgencyHeads': 'Мемлекеттік орган басшыларының қабылдаулары',
    'dash.heldByDeputies': 'Депутаттардың қабылдаулары', 'dash.citizensReceived': 'Қабылданған азаматтар',
    'dash.csv.appeals': 'CSV: өтініштер', 'dash.csv.receptions': 'CSV: қабылдаулар', 'dash.csv': 'CSV жүктеп алу',
    'dash.saved': '{file} файлы сақталды.', 'dash.perMonth': 'Айлар бойынша өтініштер, өткен жылмен салыстырғанда',
    'dash.month': 'Ай', 'dash.byDistrict': 'Аудандар бойынша оң шешілгендер үлесі',
    'dash.byChannel': 'Түсу арналары бойынша оң шешілгендер үлесі', 'dash.byTopicGroup': 'Тақырып топтары бойынша оң шешілгендер үлесі',
    'dash.key.districts': 'Аудан', 'dash.key.channels': 'Арна', 'dash.key.topic-groups': 'Тақырып тобы',
    'dash.noData': 'Кезеңде өтініштер жоқ.', 'dash.chartHint': 'Дәл сол сандар төмендегі кестеде.',
    'dash.campaigns': 'Кезеңдегі науқандар', 'dash.campaigns.none': 'Бұл кезеңде науқандар болған жоқ.',
    'dash.campaigns.noFigures': 'Науқандар бойынша көрсеткіштерді сервис әзірге бермейді: тек тізім көрсетілген.',
    'dash.campaign': 'Науқан', 'dash.kind': 'Түрі', 'dash.period': 'Кезең', 'dash.districts': 'Аудандар',
    'channel.PORTAL': 'Портал', 'channel.CALL_CENTER': 'Байланыс орталығы', 'channel.RECEPTION': 'Жеке қабылдау',
    'channel.WRITTEN': 'Жазбаша', 'campaign.LEGAL_ADVICE': 'Құқықтық кеңес', 'campaign.MOBILE_OFFICE': 'Көшпелі қабылдау',
    'campaign.THEMED_WEEK': 'Тақырыптық апта', 'campaign.OTHER': 'Басқа',
    'feedback.title': 'Жауап туралы пікіріңіз', 'feedback.solved': 'Мәселеңіз шешілді ме?', 'feedback.yes': 'Иә',
    'feedback.no': 'Жоқ', 'feedback.rating': 'Жауапқа баға: 1-ден (нашар) 5-ке дейін (жақсы)',
    'feedback.comment': 'Пікір (міндетті емес)', 'feedback.send': 'Пікір жіберу', 'feedback.thanks': 'Рахмет, пікіріңіз қабылданды.',
    'feedback.thanksDisputed': 'Рахмет. Жауап бақылаушыға қайта қарауға жіберілді.',
    'feedback.already': 'Бұл жауапқа пікір бұрын алынған.', 'feedback.gone': 'Бұл жауапқа пікір беру мерзімі өтті.',
  },
};
for (const [code, block] of Object.entries(DASHBOARD_TEXTS)) Object.assign(TEXTS[code], block);

// The appeal page's timeline entries and notices by name, not by their codes; the action list's empty state.
const CASE_TEXTS = {
  en: {
    'actions.none': 'There is nothing for you to do on this appeal now.',
    'event.REGISTERED': 'Registered', 'event.ASSIGNED': 'Assigned', 'event.REASSIGNED': 'Assigned to another agency',
    'event.PROGRESS': 'Progress note', 'event.EXTENDED': 'Term extended', 'event.REDIRECTED': 'Redirected to the competent body',
    'event.RESOLVED': 'Answered', 'event.RETURNED': 'Answer returned', 'event.CLOSED': 'Closed', 'event.REOPENED': 'Reopened',
    'event.WITHDRAWN': 'Withdrawn', 'event.DUE_SOON': 'Term ends soon', 'event.OVERDUE': 'Overdue',
    'event.NOTICE_SENT': 'Notice sent', 'event.NOTICE_DELIVERED': 'Notice delivered', 'event.NOTICE_FAILED': 'Notice failed',
    'event.NOTICE_RETRY': 'Notice sent again', 'event.FEEDBACK': "Applicant's feedback", 'event.DISPUTED': 'Answer disputed by the applicant',
    'event.DISPUTE_DISMISSED': 'Dispute dismissed', 'event.ATTACHMENT_ADDED': 'Document attached', 'event.ATTACHMENT_REMOVED': 'Document removed',
    'noticeKind.REGISTRATION': 'Registration', 'noticeKind.EXTENSION': 'Extension of the term', 'noticeKind.REDIRECTION': 'Redirection',
    'noticeKind.ANSWER': 'Answer', 'noticeKind.REOPENING': 'Reopening',
    'noticeChannel.EMAIL': 'E-mail', 'noticeChannel.SMS': 'SMS', 'noticeChannel.POST': 'Post', 'noticeChannel.PHONE': 'Phone call',
  },
  ru: {
    'actions.none': 'Сейчас по этому обращению действий для вас нет.',
    'event.REGISTERED': 'Зарегистрировано', 'event.ASSIGNED': 'Назначено исполнителю', 'event.REASSIGNED': 'Передано другому исполнителю',
    'event.PROGRESS': 'Запись о ходе рассмотрения', 'event.EXTENDED': 'Срок продлён', 'event.REDIRECTED': 'Перенаправлено по компетенции',
    'event.RESOLVED': 'Дан ответ', 'event.RETURNED': 'Ответ возвращён на доработку', 'event.CLOSED': 'Закрыто',
    'event.REOPENED': 'Рассмотрение возобновлено', 'event.WITHDRAWN': 'Снято с рассмотрения', 'event.DUE_SOON': 'Срок истекает',
    'event.OVERDUE': 'Срок нарушен', 'event.NOTICE_SENT': 'Уведомление отправлено', 'event.NOTICE_DELIVERED': 'Уведомление доставлено',
    'event.NOTICE_FAILED': 'Уведомление не доставлено', 'event.NOTICE_RETRY': 'Уведомление отправлено повторно',
    'event.FEEDBACK': 'Отзыв заявителя', 'event.DISPUTED': 'Заявитель оспорил ответ', 'event.DISPUTE_DISMISSED': 'Оспаривание отклонено',
    'event.ATTACHMENT_ADDED': 'Приложен документ', 'event.ATTACHMENT_REMOVED': 'Документ удалён',
    'noticeKind.REGISTRATION': 'О регистрации', 'noticeKind.EXTENSION': 'О продлении срока', 'noticeKind.REDIRECTION': 'О перенаправлении',
    'noticeKind.ANSWER': 'Ответ', 'noticeKind.REOPENING': 'О возобновлении рассмотрения',
    'noticeChannel.EMAIL': 'Эл. почта', 'noticeChannel.SMS': 'SMS', 'noticeChannel.POST': 'Почта', 'noticeChannel.PHONE': 'Звонок',
  },
  kk: {
    'actions.none': 'Қазір бұл өтініш бойынша сізге арналған әрекет жоқ.',
    'event.REGISTERED': 'Тіркелді', 'event.ASSIGNED': 'Орындаушыға тағайындалды', 'event.REASSIGNED': 'Басқа орындаушыға берілді',
    'event.PROGRESS': 'Қарау барысы туралы жазба', 'event.EXTENDED': 'Мерзімі ұзартылды', 'event.REDIRECTED': 'Құзыреті бойынша жіберілді',
    'event.RESOLVED': 'Жауап берілді', 'event.RETURNED': 'Жауап пысықтауға қайтарылды', 'event.CLOSED': 'Жабылды',
    'event.REOPENED': 'Қарау қайта басталды', 'event.WITHDRAWN': 'Қараудан алынды', 'event.DUE_SOON': 'Мерзімі бітуге жақын',
    'event.OVERDUE': 'Мерзімі өтті', 'event.NOTICE_SENT': 'Хабарлама жіберілді', 'event.NOTICE_DELIVERED': 'Хабарлама жеткізілді',
    'event.NOTICE_FAILED': 'Хабарлама жеткізілмеді', 'event.NOTICE_RETRY': 'Хабарлама қайта жіберілді',
    'event.FEEDBACK': 'Өтініш берушінің пікірі', 'event.DISPUTED': 'Өтініш беруші жауапқа дауласты', 'event.DISPUTE_DISMISSED': 'Дау қабылданбады',
    'event.ATTACHMENT_ADDED': 'Құжат тіркелді', 'event.ATTACHMENT_REMOVED': 'Құжат жойылды',
    'noticeKind.REGISTRATION': 'Тіркеу туралы', 'noticeKind.EXTENSION': 'Мерзімді ұзарту туралы', 'noticeKind.REDIRECTION': 'Қайта жіберу туралы',
    'noticeKind.ANSWER': 'Жауап', 'noticeKind.REOPENING': 'Қарауды қайта бастау туралы',
    'noticeChannel.EMAIL': 'Эл. пошта', 'noticeChannel.SMS': 'SMS', 'noticeChannel.POST': 'Пошта', 'noticeChannel.PHONE': 'Қоңырау',
  },
};
for (const [code, block] of Object.entries(CASE_TEXTS)) Object.assign(TEXTS[code], block);
