/**
 * The REST API's common ground: the application path {@code /api}, errors as
 * RFC 9457 problem details in the caller's language, and the paging parameters
 * every list endpoint shares.
 */
package org.peaceops.cadre.platform.rest;
