package org.greenledger.system;

import java.util.concurrent.atomic.AtomicInteger;
import org.greenledger.kernel.enterprise.Uscc;

/** Valid, distinct USCCs of Shanghai enterprises (Pudong, 310115), one per call. */
final class Enterprises {

    private static final AtomicInteger NEXT = new AtomicInteger(10_000_000);

    private Enterprises() {
    }

    static Uscc newUscc() {
        String body = String.valueOf(NEXT.incrementAndGet());
        String first17 = "91310115" + body + Uscc.organizationCodeCheck(body);
        return Uscc.of(first17 + Uscc.checkCharacter(first17));
    }

    static String registration(Uscc uscc, String name) {
        return """
                {"uscc": "%s", "name": "%s", "divisionCode": "310115", "industryCode": "C2614", "keyEnergyUser": true}
                """.formatted(uscc, name);
    }
}
