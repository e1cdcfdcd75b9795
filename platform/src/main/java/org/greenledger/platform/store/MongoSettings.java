package org.greenledger.platform.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code greenledger.mongodb.*}.
 *
 * @param uri the connection string, database included; defaults to {@code MONGODB_URI}, else the
 *            local server
 */
@ConfigurationProperties("greenledger.mongodb")
public record MongoSettings(@DefaultValue(MongoSettings.LOCAL) String uri) {

    static final String LOCAL = "mongodb://127.0.0.1:27017/greenledger";
    static final String DEFAULT_DATABASE = "greenledger";
}
