package org.greenledger.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.greenledger.platform.problem.ProblemType;
import org.greenledger.platform.problem.ProblemWriter;
import org.greenledger.platform.problem.Problems;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers an authenticated caller the filter chain turns away with a 403 problem. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemAccessDeniedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(response, Problems.of(ProblemType.FORBIDDEN, "security.access-denied",
                "The caller may not use this endpoint.", request));
    }
}
