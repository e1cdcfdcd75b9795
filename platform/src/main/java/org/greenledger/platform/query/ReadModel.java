package org.greenledger.platform.query;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a query endpoint (method or whole controller) as answered from the read model that the
 * named processing groups maintain. A request carrying {@code X-Min-Position} (or
 * {@code ?minPosition=}) waits, bounded, until every segment of those groups has processed that
 * position, or gets 503 with Retry-After.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadModel {
    String[] value();
}
