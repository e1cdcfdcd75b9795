package org.greenledger.platform.problem;

/**
 * One offending input of an {@link ProblemType#INVALID_INPUT} problem, listed under
 * {@code errors}.
 *
 * @param field  where the value came from: a JSON path ({@code items[0].amount}), a query
 *               parameter or a header name
 * @param code   a stable machine-readable reason
 * @param detail a sentence for people
 */
public record FieldProblem(String field, String code, String detail) {
}
