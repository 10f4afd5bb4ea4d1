/**
 * Petitions, coalition sign-on letters, letters to decision makers and forms; co-sponsors and partner opt-ins.
 */
package org.convoca.actions;
