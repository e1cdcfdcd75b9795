package org.greenledger.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.greenledger.platform.problem.ProblemType;
import org.greenledger.platform.problem.ProblemWriter;
import org.greenledger.platform.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Answers a missing or refused token with 401, {@code WWW-Authenticate: Bearer} and a problem. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof OAuth2AuthenticationException refused) {
            String reason = refused.getError().getDescription() != null
                    ? refused.getError().getDescription() : refused.getMessage();
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(response, Problems.of(ProblemType.UNAUTHENTICATED, "security.token-invalid",
                    "The bearer token is not accepted. " + reason, request));
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problems.write(response, Problems.of(ProblemType.UNAUTHENTICATED, "security.token-missing",
                    "This endpoint needs a bearer token (Authorization: Bearer <JWT>).", request));
        }
    }
}
