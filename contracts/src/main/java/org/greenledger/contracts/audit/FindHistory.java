package org.greenledger.contracts.audit;

/**
 * What is this record's whole history? Answered with a {@link RecordHistory}, or nothing for an unknown record.
 *
 * @param recordId the record's id
 */
public record FindHistory(String recordId) {
}
