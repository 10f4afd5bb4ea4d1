/**
 * CSV export of people, streamed, for spreadsheets.
 */
package org.convoca.people.export;
