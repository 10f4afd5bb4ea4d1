-- Why a scheduled mailing could not start when its time came (it went back to being a draft): one problem per
-- line, "field<TAB>sentence", shown to staff until the mailing is scheduled or sent again.
ALTER TABLE mailings ADD COLUMN start_problem VARCHAR(4000);
