package org.greenledger.platform.messaging;

/**
 * Metadata every command and event carries, so an auditor can tell who did what, in which role,
 * in answer to which request and because of which earlier message.
 */
public final class MetaDataKeys {

    /** The token's subject. */
    public static final String SUBJECT = "subject";
    /** The caller's {@link org.greenledger.platform.security.Role} name. */
    public static final String ROLE = "role";
    /** For an enterprise caller, its USCC. */
    public static final String USCC = "uscc";
    /** For a bank caller, its bank id. */
    public static final String BANK_ID = "bankId";
    /** Shared by everything one client action caused; the client may choose it. */
    public static final String CORRELATION_ID = "correlationId";
    /** The HTTP request that started the chain. */
    public static final String REQUEST_ID = "requestId";
    /**
     * What directly caused this message: for a command sent from HTTP the request id, for
     * anything produced while handling a message that message's identifier.
     */
    public static final String CAUSATION_ID = "causationId";

    private MetaDataKeys() {
    }
}
