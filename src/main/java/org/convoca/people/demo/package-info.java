/**
 * {@code ./convoca demo}: a fictional coalition workspace with supporters and partner organizations to explore.
 */
package org.convoca.people.demo;
