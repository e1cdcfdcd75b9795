package org.greenledger.contracts.greenlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.CubicMetres;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.ListedUnit;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.kernel.greenlist.Score;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ListEntryEventJsonTest {

    private static final Uscc USCC = Uscc.of("91310113MA1FL4G931");
    private static final ListedUnit PARK = ListedUnit.park("宝山城市工业园区", new BigDecimal("12.5"));
    private static final EntryId ID = EntryId.forUnit(BatchName.of("2026-1"), ListCategory.GREEN_PARK, USCC, PARK);
    private static final Instant AT = Instant.parse("2026-03-01T08:15:30.123456789Z");
    private static final LocalDate ON = LocalDate.of(2026, 2, 14);

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    static Stream<ListEntryEvent> events() {
        return Stream.of(
                new EntryNominated(ID, ListCategory.GREEN_PARK, ListLevel.MUNICIPAL, BatchName.of("2026-1"), USCC,
                        "上海宝山园区发展有限公司", DivisionCode.of("310113"), PARK, AT),
                new EntryEvaluated(ID, Score.of("86.5"), "上海市节能监察中心", "EV-2026-001", AT),
                new EntryListed(ID, ListLevel.MUNICIPAL, ON, "沪经信节〔2026〕5号", AT),
                new NominationDeclined(ID, List.of("面积不符", "材料不全"), AT),
                new DeclarationFiled(ID, 2025, Tce.of("1250.5"), Money.ofYuan("880000.12"), CubicMetres.of("35000.5"),
                        Percent.of("96.25"), LocalDate.of(2026, 3, 31), false, AT),
                new DeclarationMissed(ID, 2025, LocalDate.of(2026, 3, 31), AT),
                new ReviewPassed(ID, ON, "FH-2026-07", AT),
                new RectificationDemanded(ID, ON, "固废利用率不足", LocalDate.of(2026, 9, 30), AT),
                new RectificationConfirmed(ID, ON, "ZG-2026-03", AT),
                new RectificationMissed(ID, ON, AT),
                new EntryRemoved(ID, RemovalReason.ENVIRONMENTAL_INCIDENT, "较大环境事件", ON, "沪经信节〔2026〕31号", AT),
                new EntryUpgraded(ID, ListLevel.NATIONAL, ON, "工信部节函〔2026〕7号", AT),
                new ListingDateCorrected(ID, ON, ON.plusDays(3), "公告日期录入有误", AT),
                new RemovalDateCorrected(ID, ON, ON.minusDays(2), "事件日期核实", AT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void an_event_reads_back_equal_from_its_json(ListEntryEvent event) throws Exception {
        String json = mapper.writeValueAsString(event);

        assertThat(mapper.readValue(json, event.getClass())).isEqualTo(event);
        assertThat(json).contains("\"entryId\":{\"value\":\"" + ID + "\"}");
    }

    @ParameterizedTest
    @MethodSource("events")
    void a_broken_entry_id_is_refused_when_read(ListEntryEvent event) throws Exception {
        String json = mapper.writeValueAsString(event).replace(ID.value(), "not-a-uuid");

        assertThatThrownBy(() -> mapper.readValue(json, event.getClass()))
                .hasRootCauseInstanceOf(InvalidInput.class);
    }

    @Test
    void a_nomination_writes_its_unit_and_no_derived_properties() throws Exception {
        String json = mapper.writeValueAsString(events().findFirst().orElseThrow());

        assertThat(json).contains("\"unit\":{\"kind\":\"PARK\",\"name\":\"宝山城市工业园区\",\"model\":null,\"areaKm2\":12.500}")
                .doesNotContain("officialName", "unitKind", "year");
    }

    @Test
    void a_nominate_command_names_its_entry_by_what_it_nominates() {
        NominateUnit command = new NominateUnit(ListCategory.GREEN_PARK, ListLevel.NATIONAL, BatchName.of("2026-1"), USCC,
                ListedUnit.park("宝山城市工业园区", new BigDecimal("13")));

        assertThat(command.entryId()).isEqualTo(ID);
    }
}
