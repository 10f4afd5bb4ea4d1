package org.convoca.mailings;

import java.util.List;

/** A mailing in one language: what recipients whose language this is receive. */
public record MailingVersion(String language, String subject, String preheader, List<Block> blocks) {

    public MailingVersion {
        subject = subject == null ? "" : subject;
        preheader = preheader == null ? "" : preheader;
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
