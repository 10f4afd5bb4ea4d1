package org.convoca.workspace.staff;

import org.convoca.workspace.Role;

/**
 * Who may hand out and take away which role: owners any; admins any but owner, and never an owner's; no one
 * else. Keeping at least one owner is checked against the database, where the count is.
 */
final class RoleRules {

    private RoleRules() {
    }

    static boolean mayGrant(Role actor, Role granted) {
        return actor == Role.OWNER || actor == Role.ADMIN && granted != Role.OWNER;
    }

    static boolean mayManage(Role actor, Role current) {
        return actor == Role.OWNER || actor == Role.ADMIN && current != Role.OWNER;
    }
}
