package org.greenledger.query.greenlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.greenledger.query.greenlist.RegisterHistory.*;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.greenledger.contracts.greenlist.EntryPage;
import org.greenledger.contracts.greenlist.EntryRecord;
import org.greenledger.contracts.greenlist.EntryStatus;
import org.greenledger.contracts.greenlist.EntrySummary;
import org.greenledger.contracts.greenlist.FindEnterpriseEntries;
import org.greenledger.contracts.greenlist.FindEntry;
import org.greenledger.contracts.greenlist.FindRegister;
import org.greenledger.contracts.greenlist.FindUpkeep;
import org.greenledger.contracts.greenlist.ListEntries;
import org.greenledger.contracts.greenlist.RegisterLine;
import org.greenledger.contracts.greenlist.RegisterPage;
import org.greenledger.contracts.greenlist.UpkeepItem;
import org.greenledger.contracts.greenlist.UpkeepKind;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterQueriesTest {

    static final LocalDate LAST_MONTH = LocalDate.parse("2026-05-20");
    static final Instant YESTERDAY = REMOVED_AT.minusSeconds(86_400);

    MongoServer server;
    MongoClient client;
    RegisterQueries queries;

    @BeforeAll
    void theWholeHistory() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        var entries = client.getDatabase("register-queries-test").getCollection(RegisterDocuments.COLLECTION);
        RegisterProjection projection = new RegisterProjection(entries);
        for (int position = 0; position < HISTORY.size(); position++) {
            RegisterHistory.apply(projection, HISTORY.get(position), new GlobalSequenceTrackingToken(position));
        }
        queries = new RegisterQueries(entries);
    }

    @AfterAll
    void stopServer() {
        client.close();
        server.shutdown();
    }

    @Nested
    class TheRegisterAsOf {

        @Test
        void a_back_dated_removal_recorded_today_takes_the_factory_off_last_months_list() {
            assertThat(ids(register(LAST_MONTH, NOW))).containsExactlyInAnyOrder(PRODUCT, SUPPLY_CHAIN, DEMONSTRATION);
        }

        @Test
        void as_known_yesterday_the_factory_was_on_last_months_list_at_national_level() {
            RegisterPage page = register(LAST_MONTH, YESTERDAY);

            assertThat(ids(page)).containsExactlyInAnyOrder(FACTORY, PRODUCT, SUPPLY_CHAIN, DEMONSTRATION);
            RegisterLine factory = page.items().stream().filter(l -> l.entryId().equals(FACTORY)).findFirst().orElseThrow();
            assertThat(factory.level()).isEqualTo(ListLevel.NATIONAL);
            assertThat(factory.removedFrom()).isNull();
            assertThat(page.knownAt()).isEqualTo(YESTERDAY);
        }

        @Test
        void the_corrected_removal_date_decides_from_when_it_is_known() {
            LocalDate eleventh = LocalDate.parse("2026-05-11");

            assertThat(ids(register(eleventh, REMOVED_AT))).contains(FACTORY);
            assertThat(ids(register(eleventh, NOW))).doesNotContain(FACTORY);
        }

        @Test
        void the_level_is_the_level_on_the_day_asked_about() {
            FindRegister national = new FindRegister(LocalDate.parse("2025-12-15"), NOW, null, ListLevel.NATIONAL, null, null, 0, 20);
            FindRegister nationalBefore = new FindRegister(LocalDate.parse("2025-11-30"), NOW, null, ListLevel.NATIONAL, null, null, 0, 20);

            assertThat(ids(queries.handle(national))).containsExactly(FACTORY);
            assertThat(queries.handle(nationalBefore).items()).isEmpty();
        }

        @Test
        void a_listing_date_correction_moves_the_first_day() {
            assertThat(ids(register(LocalDate.parse("2023-06-10"), at("2026-04-01")))).contains(DEMONSTRATION);
            assertThat(ids(register(LocalDate.parse("2023-06-10"), NOW))).doesNotContain(DEMONSTRATION);
        }

        @Test
        void before_anything_was_recorded_the_list_is_empty() {
            assertThat(register(LAST_MONTH, at("2023-01-01")).total()).isZero();
        }

        @Test
        void category_district_and_batch_narrow_the_list_and_pages_cut_it_in_a_stable_order() {
            FindRegister baoshan = new FindRegister(LAST_MONTH, NOW, null, null, BAOSHAN, null, 0, 20);
            FindRegister products = new FindRegister(LAST_MONTH, NOW, ListCategory.GREEN_DESIGN_PRODUCT, null, null, null, 0, 20);
            FindRegister batch2023 = new FindRegister(LAST_MONTH, NOW, null, null, null, B2023, 0, 20);
            FindRegister secondPage = new FindRegister(LAST_MONTH, NOW, null, null, null, null, 1, 2);

            assertThat(ids(queries.handle(baoshan))).containsExactlyInAnyOrder(SUPPLY_CHAIN, DEMONSTRATION);
            assertThat(ids(queries.handle(products))).containsExactly(PRODUCT);
            assertThat(ids(queries.handle(batch2023))).containsExactlyInAnyOrder(SUPPLY_CHAIN, DEMONSTRATION);
            RegisterPage page = queries.handle(secondPage);
            assertThat(page.items()).hasSize(1);
            assertThat(page.total()).isEqualTo(3);
            // ordered by category: GREEN_SUPPLY_CHAIN sorts last of the three
            assertThat(ids(page)).containsExactly(SUPPLY_CHAIN);
        }
    }

    @Nested
    class TheWorkingList {

        @Test
        void entries_are_listed_in_every_state_by_batch() {
            EntryPage all = queries.handle(new ListEntries(null, null, null, null, null, 0, 20));

            assertThat(all.total()).isEqualTo(6);
            assertThat(all.items()).extracting(e -> e.batch().value())
                    .containsExactly("2023-1", "2023-1", "2024-2", "2025-1", "2025-1", "2025-1");
        }

        @Test
        void status_district_level_and_category_filter() {
            assertThat(summaries(new ListEntries(null, null, null, EntryStatus.DECLINED, null, 0, 20)))
                    .extracting(EntrySummary::entryId).containsExactly(PARK);
            assertThat(summaries(new ListEntries(null, null, XUHUI, null, null, 0, 20)))
                    .extracting(EntrySummary::entryId).containsExactly(PRODUCT);
            assertThat(summaries(new ListEntries(null, ListLevel.NATIONAL, null, null, null, 0, 20)))
                    .extracting(EntrySummary::entryId).containsExactly(FACTORY);
            assertThat(summaries(new ListEntries(ListCategory.ZERO_CARBON_FACTORY, null, null, EntryStatus.NOMINATED, B2025, 0, 20)))
                    .extracting(EntrySummary::entryId).containsExactly(ZERO_CARBON);
        }

        @Test
        void an_enterprises_own_entries_come_with_their_histories() {
            List<EntryRecord> own = queries.handle(new FindEnterpriseEntries(STEEL));

            assertThat(own).extracting(r -> r.entry().entryId()).containsExactlyInAnyOrder(DEMONSTRATION, FACTORY, ZERO_CARBON);
            assertThat(own).allSatisfy(r -> assertThat(r.history()).isNotEmpty());
        }

        @Test
        void an_unknown_entry_is_nothing() {
            assertThat(queries.handle(new FindEntry(EntryId.of("00000000-0000-3000-8000-000000000000")))).isNull();
        }
    }

    @Nested
    class TheUpkeepCalendar {

        @Test
        void overdue_and_coming_obligations_of_units_on_the_list_by_due_date() {
            List<UpkeepItem> items = queries.handle(new FindUpkeep(LocalDate.parse("2026-12-31"), LocalDate.parse("2026-06-30")));

            EntryId firstOfTheTie = SUPPLY_CHAIN.value().compareTo(DEMONSTRATION.value()) < 0 ? SUPPLY_CHAIN : DEMONSTRATION;
            EntryId secondOfTheTie = firstOfTheTie.equals(SUPPLY_CHAIN) ? DEMONSTRATION : SUPPLY_CHAIN;

            assertThat(items).extracting(UpkeepItem::kind, UpkeepItem::dueOn, UpkeepItem::entryId, UpkeepItem::year,
                            UpkeepItem::overdue)
                    .containsExactly(
                            tuple(UpkeepKind.DECLARATION_DUE, LocalDate.parse("2025-03-31"), DEMONSTRATION, 2024, true),
                            tuple(UpkeepKind.REVIEW_DUE, LocalDate.parse("2026-03-01"), SUPPLY_CHAIN, null, true),
                            tuple(UpkeepKind.DECLARATION_DUE, LocalDate.parse("2026-03-31"), firstOfTheTie, 2025, true),
                            tuple(UpkeepKind.DECLARATION_DUE, LocalDate.parse("2026-03-31"), secondOfTheTie, 2025, true),
                            tuple(UpkeepKind.RECTIFICATION_DEADLINE, LocalDate.parse("2026-09-30"), PRODUCT, null, false));
        }

        @Test
        void a_later_horizon_adds_the_next_years_declarations() {
            List<UpkeepItem> items = queries.handle(new FindUpkeep(LocalDate.parse("2027-03-31"), LocalDate.parse("2026-06-30")));

            assertThat(items).filteredOn(i -> i.dueOn().equals(LocalDate.parse("2027-03-31")))
                    .extracting(UpkeepItem::entryId).containsExactlyInAnyOrder(DEMONSTRATION, PRODUCT, SUPPLY_CHAIN);
        }
    }

    private RegisterPage register(LocalDate asOf, Instant knownAt) {
        return queries.handle(new FindRegister(asOf, knownAt, null, null, null, null, 0, 20));
    }

    private List<EntrySummary> summaries(ListEntries query) {
        return queries.handle(query).items();
    }

    private static List<EntryId> ids(RegisterPage page) {
        return page.items().stream().map(RegisterLine::entryId).toList();
    }
}
