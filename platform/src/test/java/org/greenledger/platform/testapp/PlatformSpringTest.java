package org.greenledger.platform.testapp;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context all platform tests share: a real port for the tests that need one, and
 * metrics export on (Spring Boot switches it off in tests) so the Prometheus endpoint exists.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
public abstract class PlatformSpringTest {

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry properties) {
        properties.add("greenledger.data", () -> TestEnvironment.DATA.toString());
        properties.add("greenledger.mongodb.uri", TestEnvironment::mongoUri);
    }
}
