package org.greenledger.platform.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** Refuses (401) a token that does not say who the caller is in terms an {@link Actor} needs. */
class ActorClaimsValidator implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        try {
            ActorClaims.actor(token);
            return OAuth2TokenValidatorResult.success();
        } catch (IllegalArgumentException unreadable) {
            return OAuth2TokenValidatorResult.failure(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, unreadable.getMessage(), null));
        }
    }
}
