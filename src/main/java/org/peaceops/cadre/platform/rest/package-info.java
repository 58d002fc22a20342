/**
 * The REST API's common ground: the application path {@code /api}, errors as
 * RFC 9457 problem details in the caller's language, the paging parameters
 * every list endpoint shares, and the refusal of changes another web site
 * makes a signed-in browser send.
 */
package org.peaceops.cadre.platform.rest;
