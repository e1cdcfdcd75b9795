package org.greenledger.query.enterprise;

import static org.greenledger.query.QueryParameters.number;
import static org.greenledger.query.QueryParameters.pageSize;
import static org.greenledger.query.QueryParameters.read;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.greenledger.contracts.enterprise.EnterprisePage;
import org.greenledger.contracts.enterprise.EnterpriseProfile;
import org.greenledger.contracts.enterprise.FindEnterprise;
import org.greenledger.contracts.enterprise.ListEnterprises;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.platform.query.ReadModel;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's read side. An enterprise sees its own profile; officials and auditors see every
 * profile and search the list. Answers come from the {@code enterprise-profile} read model via
 * the query bus, never from the command side.
 */
@RestController
@RequestMapping("/api/enterprises")
@ReadModel(EnterpriseProjection.PROCESSING_GROUP)
class EnterpriseController {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_PREFIX = 200;

    private final QueryGateway queries;

    EnterpriseController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{uscc}")
    EnterpriseViews.Profile find(@PathVariable("uscc") String path, Actor actor) {
        actor.requireRole(Role.ENTERPRISE, Role.OFFICIAL, Role.AUDITOR);
        Uscc uscc = read("uscc", path, Uscc::of);
        actor.requireOwnRecordIfEnterprise(uscc);
        EnterpriseProfile profile = queries.query(new FindEnterprise(uscc), ResponseTypes.instanceOf(EnterpriseProfile.class))
                .join();
        if (profile == null) {
            throw new NotFound("enterprise.not-found", "No enterprise with USCC " + uscc + " is registered.");
        }
        return EnterpriseViews.Profile.of(profile);
    }

    @GetMapping
    EnterpriseViews.Page list(@RequestParam(name = "namePrefix", required = false) String namePrefix,
                              @RequestParam(name = "divisionCode", required = false) String divisionCode,
                              @RequestParam(name = "keyEnergyUser", required = false) String keyEnergyUser,
                              @RequestParam(name = "page", defaultValue = "0") String page,
                              @RequestParam(name = "size", defaultValue = "20") String size,
                              Actor actor) {
        actor.requireRole(Role.OFFICIAL, Role.AUDITOR);
        String prefix = namePrefix == null || namePrefix.isBlank() ? null : namePrefix.strip();
        if (prefix != null && prefix.codePointCount(0, prefix.length()) > MAX_PREFIX) {
            throw new InvalidInput("request.parameter-too-long", "namePrefix",
                    "namePrefix has at most " + MAX_PREFIX + " characters.");
        }
        DivisionCode division = divisionCode == null || divisionCode.isBlank() ? null
                : read("divisionCode", divisionCode, DivisionCode::of);
        Boolean keyEnergyUsers = keyEnergyUser == null || keyEnergyUser.isBlank() ? null : flag("keyEnergyUser", keyEnergyUser);
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE);
        int pageSize = pageSize(pageNumber, size, MAX_PAGE_SIZE);
        ListEnterprises query = new ListEnterprises(prefix, division, keyEnergyUsers, pageNumber, pageSize);
        return EnterpriseViews.Page.of(queries.query(query, ResponseTypes.instanceOf(EnterprisePage.class)).join());
    }

    private static boolean flag(String parameter, String raw) {
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput("request.wrong-type", parameter,
                    parameter + " is true or false; '" + raw + "' is neither.");
        };
    }
}
