package org.greenledger.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoServerException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * The default {@link PersistenceExceptionResolver}: a duplicate key is MongoDB's error 11000 (whatever
 * exception type the driver wraps it in), or a {@link WithinCommit} the engine raises itself for two
 * events of one append that share an identifier or an aggregate sequence number, which no unique index
 * can catch because MongoDB enforces uniqueness only across documents.
 */
final class DuplicateKeys implements PersistenceExceptionResolver {

    static final DuplicateKeys INSTANCE = new DuplicateKeys();

    private DuplicateKeys() {
    }

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof WithinCommit) {
                return true;
            }
            if (cause instanceof MongoBulkWriteException e && e.getWriteErrors().stream().anyMatch(
                    error -> error.getCategory() == ErrorCategory.DUPLICATE_KEY)) {
                return true;
            }
            if (cause instanceof MongoServerException e
                    && ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }

    static final class WithinCommit extends RuntimeException {

        WithinCommit(String message) {
            super(message);
        }
    }
}
