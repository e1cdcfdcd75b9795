package org.greenledger.query.greenfinance;

/**
 * One criterion of an eligibility check as an attestation states it.
 *
 * @param criterion the catalogue's name for it
 * @param met       whether the enterprise meets it
 * @param reason    why, in the office's words
 */
record AttestedCriterion(String criterion, boolean met, String reason) {
}
