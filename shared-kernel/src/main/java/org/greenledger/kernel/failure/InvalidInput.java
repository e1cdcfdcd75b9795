package org.greenledger.kernel.failure;

/**
 * Input that breaks a rule of its own type (400). Value types do not know which request field
 * they were read from, so the API layer names it with {@link #atField(String)}.
 */
public final class InvalidInput extends DomainFailure {

    private final String field;

    public InvalidInput(String code, String detail) {
        this(code, null, detail);
    }

    public InvalidInput(String code, String field, String detail) {
        super(code, detail);
        this.field = field;
    }

    /** The request field that carried the bad value, or {@code null} when not yet known. */
    public String field() {
        return field;
    }

    public InvalidInput atField(String name) {
        return new InvalidInput(code(), name, getMessage());
    }
}
