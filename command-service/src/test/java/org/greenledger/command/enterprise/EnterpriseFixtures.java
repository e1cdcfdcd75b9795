package org.greenledger.command.enterprise;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.greenledger.contracts.enterprise.ChangeProfile;
import org.greenledger.contracts.enterprise.ClearDishonesty;
import org.greenledger.contracts.enterprise.DishonestyCleared;
import org.greenledger.contracts.enterprise.DishonestyFlagged;
import org.greenledger.contracts.enterprise.EnergyAuditRecorded;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.enterprise.FlagDishonesty;
import org.greenledger.contracts.enterprise.RecordEnergyAudit;
import org.greenledger.contracts.enterprise.RegisterEnterprise;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;

/** Test data: one enterprise in Baoshan, its facts and the commands that make them. */
final class EnterpriseFixtures {

    static final Uscc USCC = Uscc.of("91310113MA1FL4G931");
    static final String NAME = "上海宝山示范钢铁有限公司";
    static final DivisionCode BAOSHAN = DivisionCode.of("310113");
    static final DivisionCode PUDONG = DivisionCode.of("310115");
    static final IndustryCode STEEL = IndustryCode.of("C3110");
    static final Instant NOW = Instant.parse("2025-06-30T02:00:00Z");
    static final Instant EARLIER = Instant.parse("2025-01-15T02:00:00Z");
    /** 10:00 in Shanghai on 30 June: "today" for audit dates is 2025-06-30. */
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    private EnterpriseFixtures() {
    }

    static RegisterEnterprise register() {
        return new RegisterEnterprise(USCC, NAME, BAOSHAN, STEEL, true);
    }

    static EnterpriseRegistered registered() {
        return new EnterpriseRegistered(USCC, NAME, BAOSHAN, STEEL, true, EARLIER);
    }

    static ChangeProfile moveToPudong() {
        return new ChangeProfile(USCC, NAME, PUDONG, STEEL, true);
    }

    static RecordEnergyAudit audit(LocalDate on, String report) {
        return new RecordEnergyAudit(USCC, on, report);
    }

    static EnergyAuditRecorded audited(LocalDate on, String report) {
        return new EnergyAuditRecorded(USCC, on, report, EARLIER);
    }

    static FlagDishonesty flag() {
        return new FlagDishonesty(USCC, "虚报节能量", "沪经信〔2025〕12号");
    }

    static DishonestyFlagged flagged() {
        return new DishonestyFlagged(USCC, "虚报节能量", "沪经信〔2025〕12号", EARLIER);
    }

    static ClearDishonesty clear() {
        return new ClearDishonesty(USCC, "信用修复完成", "沪经信〔2025〕30号");
    }

    static DishonestyCleared cleared() {
        return new DishonestyCleared(USCC, "信用修复完成", "沪经信〔2025〕30号", EARLIER);
    }
}
