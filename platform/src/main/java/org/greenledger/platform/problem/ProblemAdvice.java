package org.greenledger.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The services' one advice: every failure a controller lets out becomes a problem. */
@RestControllerAdvice
class ProblemAdvice {

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handle(Exception failure, HttpServletRequest request) {
        return ProblemAnswers.answer(failure, request);
    }
}
