/**
 * Who is asking: users with roles ({@link com.talentmatch.security.Role}), passwords
 * (BCrypt) and API tokens (SHA-256), sign-in by form, HTTP Basic or token, and the access
 * table every endpoint is checked against
 * ({@link com.talentmatch.security.EndpointAccess}).
 */
package com.talentmatch.security;
