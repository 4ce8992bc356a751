package dev.camelpardot.emulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SoqlTest {

    @Test
    void parsesTheSupportedSubset() {
        Soql.Query query = Soql.parse("select Id, DeveloperName,MarketingAppExtension.DeveloperName from MarketingAppExtActivity"
                + " where IsActive = true and DeveloperName != 'it\\'s' AND Id IN ('a', 'b') and Description = null"
                + " order by DeveloperName desc nulls first, Id LIMIT 5");
        assertThat(query.fields()).containsExactly("Id", "DeveloperName", "MarketingAppExtension.DeveloperName");
        assertThat(query.object()).isEqualTo("MarketingAppExtActivity");
        assertThat(query.where()).containsExactly(
                new Soql.Condition("IsActive", Soql.Operator.EQUALS, List.of(true)),
                new Soql.Condition("DeveloperName", Soql.Operator.NOT_EQUALS, List.of(new Soql.Quoted("it's"))),
                new Soql.Condition("Id", Soql.Operator.IN, List.of(new Soql.Quoted("a"), new Soql.Quoted("b"))),
                new Soql.Condition("Description", Soql.Operator.EQUALS, java.util.Collections.singletonList(null)));
        assertThat(query.orderBy()).containsExactly(new Soql.Order("DeveloperName", true, false), new Soql.Order("Id", false, false));
        assertThat(query.limit()).isEqualTo(5);
    }

    @Test
    void minimalQuery() {
        Soql.Query query = Soql.parse("SELECT Id FROM PardotTenant");
        assertThat(query.where()).isEmpty();
        assertThat(query.orderBy()).isEmpty();
        assertThat(query.limit()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SELECT", "SELECT Id", "SELECT FROM X", "SELECT Id FROM", "SELECT Id FROM X WHERE",
            "SELECT Id FROM X WHERE A = ", "SELECT Id FROM X WHERE A > 'b'", "SELECT Id FROM X WHERE A = 'b' OR B = 'c'",
            "SELECT Id FROM X LIMIT x", "SELECT Id FROM X WHERE A = 'open", "SELECT Id FROM X trailing",
            "SELECT Id FROM X WHERE A IN ('a'", "SELECT Id FROM X WHERE A LIKE 'a%'", "SELECT 'Id' FROM X"})
    void rejectsWhatItDoesNotUnderstand(String soql) {
        assertThatThrownBy(() -> Soql.parse(soql)).isInstanceOfSatisfying(ToolingError.class,
                e -> assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY"));
    }
}
