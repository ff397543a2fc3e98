-- The notice templates are read with every step that owes the applicant word (notice.NoticeWriter),
-- as the catalogues are with every registration: the service holds the active templates in memory
-- (notice.ActiveTemplates) under the catalogues' version (V89), which a change of a template now
-- raises and notifies as a change of a district or topic does.
create trigger catalogue_version_bump after insert or update or delete or truncate on notice_template
    for each statement execute function catalogue_version_bump();
