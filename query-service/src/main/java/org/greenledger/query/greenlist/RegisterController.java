package org.greenledger.query.greenlist;

import static org.greenledger.query.QueryParameters.choice;
import static org.greenledger.query.QueryParameters.number;
import static org.greenledger.query.QueryParameters.pageSize;
import static org.greenledger.query.QueryParameters.read;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.greenledger.contracts.greenlist.EntryPage;
import org.greenledger.contracts.greenlist.EntryRecord;
import org.greenledger.contracts.greenlist.EntryStatus;
import org.greenledger.contracts.greenlist.FindEnterpriseEntries;
import org.greenledger.contracts.greenlist.FindEntry;
import org.greenledger.contracts.greenlist.FindRegister;
import org.greenledger.contracts.greenlist.FindUpkeep;
import org.greenledger.contracts.greenlist.ListEntries;
import org.greenledger.contracts.greenlist.RegisterPage;
import org.greenledger.contracts.greenlist.UpkeepItem;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.platform.query.ReadModel;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The green list's read side. The published register (who is on the list on a day, as known at
 * a moment) is public and open to every role; the working list of entries in every state, and
 * single entries with their history, to officials, auditors and banks; an enterprise reads its
 * own entries; the upkeep calendar is the officials' (and auditors'). Dates are Shanghai dates;
 * the clock is the context's {@link Clock} if there is one, else the system clock.
 */
@RestController
@RequestMapping("/api/greenlist")
@ReadModel(RegisterProjection.PROCESSING_GROUP)
class RegisterController {

    static final int MAX_PAGE_SIZE = 100;
    static final int CALENDAR_DAYS = 90;
    static final int CALENDAR_MAX_YEARS = 10;

    private final QueryGateway queries;
    private final Clock clock;

    RegisterController(QueryGateway queries, ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    @GetMapping("/register")
    RegisterViews.Register register(@RequestParam(name = "asOf", required = false) String asOf,
                                    @RequestParam(name = "knownAt", required = false) String knownAt,
                                    @RequestParam(name = "category", required = false) String category,
                                    @RequestParam(name = "level", required = false) String level,
                                    @RequestParam(name = "district", required = false) String district,
                                    @RequestParam(name = "batch", required = false) String batch,
                                    @RequestParam(name = "page", defaultValue = "0") String page,
                                    @RequestParam(name = "size", defaultValue = "20") String size,
                                    Actor actor) {
        actor.requireRole(Role.values());
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE);
        int pageSize = pageSize(pageNumber, size, MAX_PAGE_SIZE);
        FindRegister query = new FindRegister(
                blank(asOf) ? LocalDate.now(clock) : date("asOf", asOf),
                blank(knownAt) ? clock.instant() : instant("knownAt", knownAt),
                choice("category", category, ListCategory.class), choice("level", level, ListLevel.class),
                division(district), batch(batch), pageNumber, pageSize);
        return RegisterViews.Register.of(queries.query(query, ResponseTypes.instanceOf(RegisterPage.class)).join());
    }

    @GetMapping("/entries")
    RegisterViews.Page entries(@RequestParam(name = "category", required = false) String category,
                               @RequestParam(name = "level", required = false) String level,
                               @RequestParam(name = "district", required = false) String district,
                               @RequestParam(name = "status", required = false) String status,
                               @RequestParam(name = "batch", required = false) String batch,
                               @RequestParam(name = "page", defaultValue = "0") String page,
                               @RequestParam(name = "size", defaultValue = "20") String size,
                               Actor actor) {
        actor.requireRole(Role.OFFICIAL, Role.AUDITOR, Role.BANK);
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE);
        ListEntries query = new ListEntries(choice("category", category, ListCategory.class),
                choice("level", level, ListLevel.class), division(district), choice("status", status, EntryStatus.class),
                batch(batch), pageNumber, pageSize(pageNumber, size, MAX_PAGE_SIZE));
        return RegisterViews.Page.of(queries.query(query, ResponseTypes.instanceOf(EntryPage.class)).join());
    }

    /** An enterprise reads its own entries only; asking for another's is a 403, as for a profile. */
    @GetMapping("/entries/{entryId}")
    RegisterViews.Record entry(@PathVariable("entryId") String path, Actor actor) {
        actor.requireRole(Role.ENTERPRISE, Role.OFFICIAL, Role.AUDITOR, Role.BANK);
        EntryId id = read("entryId", path, EntryId::of);
        EntryRecord record = queries.query(new FindEntry(id), ResponseTypes.instanceOf(EntryRecord.class)).join();
        if (record == null) {
            throw new NotFound("greenlist.entry-not-found", "There is no green-list entry " + id + ".");
        }
        actor.requireOwnRecordIfEnterprise(record.entry().enterprise());
        return RegisterViews.Record.of(record);
    }

    @GetMapping("/enterprises/{uscc}/entries")
    List<RegisterViews.Record> enterpriseEntries(@PathVariable("uscc") String path, Actor actor) {
        actor.requireRole(Role.ENTERPRISE, Role.OFFICIAL, Role.AUDITOR);
        Uscc uscc = read("uscc", path, Uscc::of);
        actor.requireOwnRecordIfEnterprise(uscc);
        return queries.query(new FindEnterpriseEntries(uscc), ResponseTypes.multipleInstancesOf(EntryRecord.class)).join()
                .stream().map(RegisterViews.Record::of).toList();
    }

    @GetMapping("/calendar")
    RegisterViews.Calendar calendar(@RequestParam(name = "until", required = false) String until, Actor actor) {
        actor.requireRole(Role.OFFICIAL, Role.AUDITOR);
        LocalDate today = LocalDate.now(clock);
        LocalDate last = blank(until) ? today.plusDays(CALENDAR_DAYS) : date("until", until);
        if (last.isAfter(today.plusYears(CALENDAR_MAX_YEARS))) {
            throw new InvalidInput("request.out-of-range", "until",
                    "until lies at most " + CALENDAR_MAX_YEARS + " years ahead; " + last + " is further.");
        }
        List<UpkeepItem> items = queries.query(new FindUpkeep(last, today), ResponseTypes.multipleInstancesOf(UpkeepItem.class))
                .join();
        return new RegisterViews.Calendar(today, last, items.stream().map(RegisterViews.Item::of).toList());
    }

    private static DivisionCode division(String raw) {
        return blank(raw) ? null : read("district", raw.strip(), DivisionCode::of);
    }

    private static BatchName batch(String raw) {
        return blank(raw) ? null : read("batch", raw, BatchName::of);
    }

    private static LocalDate date(String parameter, String raw) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("request.date-format", parameter,
                    parameter + " is a date written like 2026-03-31; '" + raw + "' is not.");
        }
    }

    private static Instant instant(String parameter, String raw) {
        try {
            return Instant.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("request.instant-format", parameter,
                    parameter + " is an instant written like 2026-03-31T08:00:00Z; '" + raw + "' is not.");
        }
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
