package org.greenledger.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A tiny service with the platform on its class path, as the real services have it. */
@SpringBootApplication
public class TestApplication {
}
