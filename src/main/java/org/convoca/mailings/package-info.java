/**
 * Newsletters: composing, audiences and segments, the sending pipeline, unsubscribe and preferences, bounces, statistics.
 */
package org.convoca.mailings;
