package org.greenledger.contracts.subsidy;

/** Which programmes are there, newest year first? Answered with a {@link ProgrammePage}. */
public record ListProgrammes(int page, int size) {
}
