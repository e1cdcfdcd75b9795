package org.greenledger.verifier;

/** Something did not verify, or could not be understood, which for a verifier is the same thing. */
public class VerificationFailure extends Exception {

    public VerificationFailure(String message) {
        super(message);
    }

    public VerificationFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
