package org.convoca.actions.forms.web;

import java.util.UUID;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.Forms;
import org.convoca.actions.web.StaffPages;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the staff form pages share: finding a form of the signed-in workspace, and what every action's pages do. */
@Component
class StaffForms extends StaffPages {

    private final Forms forms;

    StaffForms(Forms forms, Workspaces workspaces, MessageSource messages) {
        super(workspaces, messages, "forms");
        this.forms = forms;
    }

    /** Another workspace's form and a made-up id get the same answer: nothing here. */
    Form find(Staff staff, UUID id) {
        return forms.find(staff.workspaceId(), id).orElseThrow(StaffForms::notFound);
    }
}
