package org.convoca.mailings.web;

import java.util.List;
import java.util.Locale;
import org.convoca.mailings.Mailing;
import org.convoca.mailings.MailingStatistics;

/**
 * A mailing past its draft: its progress, its statistics once it is finished, whether it was tracked, and then
 * its links' clicks.
 */
public record StatusPage(Mailing mailing, List<MailingStatistics.Line> lines, boolean tracked,
        List<MailingStatistics.LinkLine> links) {

    /** A rate as people read it in their language: 12.5% or 12,5 %. */
    public static String percent(double rate, Locale locale) {
        java.text.NumberFormat f = java.text.NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(rate / 100);
    }
}
