package org.greenledger.contracts.greenfinance;

/**
 * Which check issued this attestation, with what it was decided from? Answered with the
 * {@link EligibilityChecked} as recorded, or nothing for an unknown attestation.
 *
 * @param attestationId the attestation's id
 */
public record FindEligibilityCheck(String attestationId) {
}
