/**
 * Workspaces (one per member organization), staff accounts and their roles, API keys, settings and the audit log.
 */
package org.convoca.workspace;
