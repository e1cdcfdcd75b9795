package org.greenledger.platform.security;

/** The roles of DOMAIN.md; a token carries exactly one in its {@code role} claim. */
public enum Role {
    ENTERPRISE, OFFICIAL, EXPERT, BANK, AUDITOR
}
