/**
 * CSV import of people: upload into the database, column mapping, preview, and a resumable background job.
 */
package org.convoca.people.imports;
