-- Answer templates: executors start an answer from a template of kind ANSWER_DRAFT, chosen by code
-- (GET /api/v1/appeals/{id}/answer-draft?template=CODE). Unlike notice templates, any number of them
-- may be active per language; a notice is never of this kind (notice.kind keeps its list).
alter table notice_template drop constraint notice_template_kind_check;
alter table notice_template add constraint notice_template_kind_check
    check (kind in ('REGISTRATION', 'EXTENSION', 'REDIRECTION', 'ANSWER', 'REOPENING', 'ANSWER_DRAFT'));
drop index notice_template_one_active;
create unique index notice_template_one_active on notice_template (kind, language)
    where active and kind <> 'ANSWER_DRAFT';

insert into notice_template (code, kind, language, text) values
('answer-draft-explanation-ru', 'ANSWER_DRAFT', 'ru',
 'Уважаемый(ая) {applicantName}!' || chr(10) || chr(10)
 || 'Ваше обращение {registrationNumber} от {registeredOn} по вопросу «{topicName}» рассмотрено. '
 || 'Сообщаем следующее: ' || chr(10) || chr(10)
 || 'В случае несогласия с ответом Вы вправе обжаловать его в вышестоящий орган или в суд.' || chr(10) || chr(10)
 || '{agencyName}'),
('answer-draft-explanation-kk', 'ANSWER_DRAFT', 'kk',
 'Құрметті {applicantName}!' || chr(10) || chr(10)
 || 'Сіздің {registeredOn} күнгі {registrationNumber} өтінішіңіз («{topicName}») қаралды. '
 || 'Мынаны хабарлаймыз: ' || chr(10) || chr(10)
 || 'Жауаппен келіспеген жағдайда Сіз оған жоғары тұрған органға немесе сотқа шағымдануға құқылысыз.' || chr(10) || chr(10)
 || '{agencyName}');

-- The answer's notice tells the applicant where to leave feedback, and with which code; a text an
-- administrator has changed is left as it is.
update notice_template
   set text = text || chr(10) || chr(10) || 'Оцените ответ и сообщите, решён ли вопрос: {feedbackUrl} (код доступа: {accessCode}).'
 where code = 'answer-ru'
   and text = 'Ответ на обращение {registrationNumber} ({agencyName}), результат: {outcome}. {answer}';
update notice_template
   set text = text || chr(10) || chr(10) || 'Жауапты бағалап, мәселе шешілді ме, хабарлаңыз: {feedbackUrl} (бақылау коды: {accessCode}).'
 where code = 'answer-kk'
   and text = '{registrationNumber} өтінішіне жауап ({agencyName}), нәтижесі: {outcome}. {answer}';
