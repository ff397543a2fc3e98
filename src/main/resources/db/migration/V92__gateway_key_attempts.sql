-- Wrong SMS gateway keys on delivery reports are limited per client address like wrong access
-- codes (ClientGuesses), with a count of their own: scope GATEWAY beside CLIENT and NUMBER.
alter table tracking_attempt drop constraint tracking_attempt_scope_check;
alter table tracking_attempt alter column scope type varchar(7);
alter table tracking_attempt add constraint tracking_attempt_scope_check
    check (scope in ('CLIENT', 'NUMBER', 'GATEWAY'));
