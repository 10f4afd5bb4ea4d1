/**
 * Letters to decision makers: targets and the areas they represent, advocacy campaigns with a suggested letter, and
 * the outreaches supporters send, each delivered by email to its targets.
 */
package org.convoca.actions.letters;
