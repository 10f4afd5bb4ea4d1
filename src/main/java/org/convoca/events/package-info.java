/**
 * Events: webinars, meetings and days of action, their times in every zone, registration with a wait list, calendar files and reminders.
 */
package org.convoca.events;
