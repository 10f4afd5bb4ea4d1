/**
 * What every module truly shares: identifiers, the page chrome handed to templates, operator commands.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.convoca.shared;
