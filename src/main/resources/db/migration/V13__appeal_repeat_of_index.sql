-- appeal.repeat_of references appeal: without an index, every deleted or re-keyed appeal makes
-- the foreign-key check scan the whole register.
create index appeal_repeat_of on appeal (repeat_of) where repeat_of is not null;
