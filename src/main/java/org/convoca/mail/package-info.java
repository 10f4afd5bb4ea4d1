/**
 * Outgoing mail: sends through the configured SMTP relay, or captures it for the development mailbox when none is.
 */
package org.convoca.mail;
