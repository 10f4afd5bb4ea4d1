/**
 * What every API shares: API keys, HAL+JSON rendering, paging, filters, errors and background requests.
 */
package org.convoca.api;
