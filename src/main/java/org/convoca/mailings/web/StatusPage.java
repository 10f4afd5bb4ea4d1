package org.convoca.mailings.web;

import java.util.List;
import org.convoca.mailings.Mailing;
import org.convoca.mailings.MailingStatistics;

/** A mailing past its draft: its progress, and its statistics once it is finished. */
public record StatusPage(Mailing mailing, List<MailingStatistics.Line> lines) {
}
