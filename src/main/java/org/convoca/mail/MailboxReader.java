package org.convoca.mail;

import java.util.UUID;

/**
 * Which captured messages someone may read: those addressed to {@code email}, those of {@code workspaceId} that
 * {@code accountId} asked to send, and, when {@code wholeWorkspace}, every message of {@code workspaceId}.
 */
public record MailboxReader(UUID workspaceId, UUID accountId, String email, boolean wholeWorkspace) {
}
