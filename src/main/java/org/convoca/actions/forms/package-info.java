/**
 * Forms: surveys and sign-ups with questions of their own, their public pages and their submissions.
 */
package org.convoca.actions.forms;
