package org.greenledger.kernel.subsidy;

/**
 * One criterion's outcome; one that does not apply under the rule set is met, saying why.
 *
 * @param criterion which
 * @param met       whether the applicant meets it
 * @param reason    why, from the facts
 */
public record CriterionResult(Criterion criterion, boolean met, String reason) {
}
