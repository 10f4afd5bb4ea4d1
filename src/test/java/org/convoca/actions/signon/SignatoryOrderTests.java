package org.convoca.actions.signon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatoryOrderTests {

    @Test
    void listsAlphabeticallyIgnoringALeadingTheAccentsAndCase() {
        List<String> names = new ArrayList<>(List.of("The Zacchaeus Project", "Ñañú Collective", "Éxito Latino",
                "the Advocates for Human Rights", "casa de Esperanza", "Coalición de Derechos Humanos",
                "Theater of the Oppressed", "“Dreamers” United", "Alianza Americas"));
        names.sort(SignatoryOrder.INSTANCE);
        assertThat(names).containsExactly("the Advocates for Human Rights", "Alianza Americas", "casa de Esperanza",
                "Coalición de Derechos Humanos", "“Dreamers” United", "Éxito Latino", "Ñañú Collective",
                "Theater of the Oppressed", "The Zacchaeus Project");
    }

    @Test
    void namesThatDifferOnlyInAccentsOrCaseStillHaveAFixedOrder() {
        List<String> names = new ArrayList<>(List.of("Coalicion", "Coalición", "COALICION"));
        names.sort(SignatoryOrder.INSTANCE);
        List<String> again = new ArrayList<>(List.of("Coalición", "COALICION", "Coalicion"));
        again.sort(SignatoryOrder.INSTANCE);
        assertThat(again).isEqualTo(names);
    }
}
