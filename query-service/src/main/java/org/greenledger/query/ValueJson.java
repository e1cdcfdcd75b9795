package org.greenledger.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.AnnualRate;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.greenfinance.LoanId;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.quantity.Co2Tonnes;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ExpertId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * How the query API writes kernel values that answers carry as they are: ids as their text, money as
 * yuan in a string with two decimals ({@code "2501000.00"}, exact, as the requests' {@code ...Yuan}
 * fields take it), tonnes, percentages and annual rates (in percent) as decimal numbers. Only the HTTP answers use it; events
 * and read models keep their own form.
 */
public final class ValueJson {

    private ValueJson() {
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("greenledger-values");
        text(module, ApplicationId.class, ApplicationId::value);
        text(module, ProgrammeId.class, ProgrammeId::value);
        text(module, ExpertId.class, ExpertId::value);
        text(module, Uscc.class, Uscc::value);
        text(module, ConsentId.class, ConsentId::value);
        text(module, BankId.class, BankId::value);
        text(module, CreditRequestId.class, CreditRequestId::value);
        text(module, LoanId.class, LoanId::value);
        text(module, EntryId.class, EntryId::value);
        text(module, Money.class, Money::toYuan);
        module.addSerializer(Tce.class, number(Tce::tonnes));
        module.addSerializer(Co2Tonnes.class, number(Co2Tonnes::tonnes));
        module.addSerializer(Percent.class, number(Percent::value));
        module.addSerializer(AnnualRate.class, number(AnnualRate::percent));
        return module;
    }

    private static <T> void text(SimpleModule module, Class<T> type, Function<T, String> text) {
        module.addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(text.apply(value));
            }
        });
    }

    private static <T> JsonSerializer<T> number(Function<T, java.math.BigDecimal> decimal) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeNumber(decimal.apply(value));
            }
        };
    }
}
