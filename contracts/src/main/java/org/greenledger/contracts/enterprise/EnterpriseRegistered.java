package org.greenledger.contracts.enterprise;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;

/**
 * An enterprise was registered with this profile.
 *
 * @param uscc          the enterprise
 * @param name          its registered name
 * @param divisionCode  where it is registered (GB/T 2260)
 * @param industryCode  its industry (GB/T 4754)
 * @param keyEnergyUser whether it is a key energy user (重点用能单位)
 * @param registeredAt  when
 */
@Revision("1")
public record EnterpriseRegistered(
        Uscc uscc, String name, DivisionCode divisionCode, IndustryCode industryCode,
        boolean keyEnergyUser, Instant registeredAt) implements EnterpriseEvent {
}
