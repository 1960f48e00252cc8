/**
 * The JSON API under {@code /api/v1}: published articles for anyone, with filters and cursor
 * pagination. Errors are RFC 9457 problem details that name the parameter at fault.
 */
package org.gazette.api;
