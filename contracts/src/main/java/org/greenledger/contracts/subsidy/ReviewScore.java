package org.greenledger.contracts.subsidy;

/**
 * One criterion of an expert's review.
 *
 * @param criterion what is scored, e.g. technical feasibility
 * @param points    0-100
 */
public record ReviewScore(String criterion, int points) {
}
