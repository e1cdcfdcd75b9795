package org.greenledger.kernel.greenfinance;

/**
 * One criterion's outcome, with the reason in words a bank officer can file.
 *
 * @param criterion which
 * @param met       whether it holds
 * @param reason    why
 */
public record GreenCreditResult(GreenCreditCriterion criterion, boolean met, String reason) {
}
