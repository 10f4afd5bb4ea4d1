package org.convoca.actions.signon;

import static org.assertj.core.api.Assertions.assertThat;

import org.convoca.actions.signon.NameComparison.Link;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameComparisonTests {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            National Immigration Law Center         | Natl. Immigration Law Center
            National Immigration Law Center         | NATIONAL IMMIGRATION LAW CENTER, INC.
            Casa de Esperanza                       | CASA de Esperanza, L.L.C.
            Coalición de Derechos Humanos           | Coalicion de Derechos Humanos
            Immigrant Legal Resource Center         | Imigrant Legal Resource Center
            Immigrant Legal Resource Center         | Immigrnat Legal Resource Center
            Church World Service                    | Church World Services
            UnidosUS                                | Unidos US
            ACLU of Texas                           | ACLU - TX
            ACLU of Texas                           | ACLU (Texas)
            Make the Road New York                  | Make the Road NY
            Society of St. Vincent de Paul          | Society of Saint Vincent de Paul
            Refugee & Immigrant Center              | Refugee and Immigrant Center
            Mujeres Unidas y Activas                | Mujeres Unidas + Activas
            The Advocates for Human Rights          | Advocates for Human Rights
            Women's Refugee Commission              | Women’s Refugee Commission
            International Organisation for Migration | International Organization for Migration
            Centre for Gender and Refugee Studies   | Center for Gender & Refugee Studies
            Asociación Pro Servicios Sociales, A.C. | Asociacion Pro Servicios Sociales
            """)
    void spellingsOfOneNameAreTheSame(String a, String b) {
        assertThat(link(a, b)).isEqualTo(Link.SAME);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ACLU of Illinois                  | ACLU of Texas
            ACLU of Northern California       | ACLU of Southern California
            Make the Road New York            | Make the Road New Jersey
            Catholic Charities of Fort Worth  | Catholic Charities of Dallas
            SEIU Local 32BJ                   | SEIU Local 1199
            North Texas Dream Team            | South Texas Dream Team
            Sisters of Mercy                  | Sisters of Charity
            New York Immigration Coalition    | New Jersey Immigration Coalition
            Tahirih Justice Center - Houston  | Tahirih Justice Center - Atlanta
            UNITE HERE Local 11               | UNITE HERE Local 2
            """)
    void chaptersInDifferentPlacesConflict(String a, String b) {
        assertThat(link(a, b)).isEqualTo(Link.CONFLICT);
    }

    @ParameterizedTest(name = "{0} ? {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NILC                              | National Immigration Law Center
            NILC                              | National Immigration Law Center (NILC)
            ACLU                              | American Civil Liberties Union
            ACLU                              | ACLU of Texas
            ACLU of Texas                     | American Civil Liberties Union of Texas
            NCLR                              | National Council of La Raza
            UnidosUS (formerly NCLR)          | National Council of La Raza
            National Immigration Law Center   | Immigration Law Center
            Church World Service              | Church World Service - Durham office
            The Florence Project              | Florence Immigrant & Refugee Rights Project
            Casa de Esperanza                 | Casa Esperanza
            Coalition for Immigrant Rights    | Coalition of Immigrant Rights
            Legal Aid Justice Center          | Justice Center Legal Aid
            Movimiento Cosecha                | Cosecha
            """)
    void ambiguousFormsAreOnlyPossible(String a, String b) {
        assertThat(link(a, b)).isEqualTo(Link.POSSIBLE);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CASA                                | Casa de Esperanza
            CASA                                | Casa Latina
            Casa Project                        | Cara Project
            Hermanas Unidas                     | Hermanos Unidos
            Latinas Unidas por la Justicia      | Latinos Unidos por la Justicia
            Trabajadoras Unidas                 | Trabajadores Unidos
            America's Voice                     | American Voice
            Mexican American Legal Fund         | Mexicano American Legal Fund
            Emigrant Aid Society                | Immigrant Aid Society
            Ford Foundation                     | Ford
            Human Rights Watch                  | Human Rights First
            Immigrant Legal Resource Center     | Immigrant Legal Defense Center
            Texas Civil Rights Project          | Texas Civil Rights Coalition
            Immigrant Rights Coalition          | Colorado Immigrant Rights Coalition Education Fund
            Comité de Derechos Humanos          | Coalición de Derechos Humanos
            ???                                 | ???
            """)
    void differentOrganizationsAreNeverTheSame(String a, String b) {
        assertThat(link(a, b)).isIn(Link.NONE, Link.CONFLICT);
    }

    private static Link link(String a, String b) {
        Link forward = NameComparison.compare(OrgNames.parse(a), OrgNames.parse(b)).link();
        assertThat(NameComparison.compare(OrgNames.parse(b), OrgNames.parse(a)).link()).isEqualTo(forward);
        return forward;
    }
}
