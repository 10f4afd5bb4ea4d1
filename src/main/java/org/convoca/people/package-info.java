/**
 * The supporter CRM: people and organizations, tags, lists, consent records, activity timelines, import and export.
 */
package org.convoca.people;
