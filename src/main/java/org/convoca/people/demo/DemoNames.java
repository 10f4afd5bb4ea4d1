package org.convoca.people.demo;

/**
 * The fictional material of the demo. Every email address is under example.org, .com or .net, domains reserved
 * for examples, and every phone number is in the 555-01xx range kept for fiction.
 */
final class DemoNames {

    private DemoNames() {
    }

    static final String[] GIVEN_ES = {"María", "José", "Guadalupe", "Juan Carlos", "Ana Sofía", "Jesús", "Xóchitl",
        "Ángel", "Rocío", "Inés", "Lucía", "Martín", "Raúl", "Araceli", "Yesenia", "Maricela", "Héctor", "Óscar",
        "Adrián", "Ximena", "Itzel", "Citlali", "Joaquín", "Begoña", "Iñaki", "Dulce María", "Ramón", "Socorro"};
    static final String[] GIVEN_EN = {"Emily", "Michael", "Sarah", "David", "Jessica", "James", "Ashley", "Daniel",
        "Megan", "Chris", "Grace", "Tyler", "Hannah", "Kevin", "Olivia", "Noah", "Zoë", "Ethan", "Amara", "Priya",
        "Chloé", "Malik", "Siobhán", "Björn"};
    static final String[] FAMILY_ES = {"García", "Hernández", "Núñez", "Peña", "Muñoz", "Ibáñez", "López",
        "Martínez", "Rodríguez", "Pérez", "Gómez", "Díaz", "Sánchez", "Ramírez", "Cruz", "Flores", "Ortiz", "Chávez",
        "Domínguez", "Gutiérrez", "Jiménez", "Álvarez", "Vázquez", "Castañeda", "Saldaña", "de la Peña"};
    static final String[] FAMILY_EN = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
        "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "O'Connor", "Nguyen", "Kim", "Patel",
        "Okafor"};
    static final String[] EMOJI = {" 🌻", " ✊🏽", " 🌎", " 🦋"};
    /** Right-to-left names, so that the pages are seen to handle them. */
    static final String[][] RIGHT_TO_LEFT = {{"نور الهدى", "حداد"}, {"יעל", "כהן"}};

    /** City, state, ZIP: border towns and the cities where many immigrant families live. */
    static final String[][] PLACES = {{"El Paso", "TX", "79901"}, {"Las Cruces", "NM", "88001"},
        {"Tucson", "AZ", "85701"}, {"Nogales", "AZ", "85621"}, {"San Diego", "CA", "92101"},
        {"Chula Vista", "CA", "91910"}, {"Laredo", "TX", "78040"}, {"Brownsville", "TX", "78520"},
        {"McAllen", "TX", "78501"}, {"San Antonio", "TX", "78207"}, {"Houston", "TX", "77011"},
        {"Albuquerque", "NM", "87105"}, {"Phoenix", "AZ", "85009"}, {"Los Angeles", "CA", "90033"},
        {"Chicago", "IL", "60608"}, {"Denver", "CO", "80219"}, {"New York", "NY", "10032"},
        {"Miami", "FL", "33135"}, {"Atlanta", "GA", "30340"}, {"Charlotte", "NC", "28212"}};
    static final String[] STREETS = {"Calle del Sol", "Alameda Ave", "Main St", "Mesa St", "Avenida Juárez",
        "Cesar Chavez Blvd", "Oak St", "Mission Rd"};

    static final String[] TAGS = {"volunteer", "voluntaria", "donor", "rapid response", "phone bank", "press",
        "faith leader", "youth", "legal observer", "know your rights trainer", "Día de Acción 2025"};
    static final String[] LISTS = {"Rapid response network", "Boletín en español", "Monthly newsletter",
        "Board and advisors", "Legal observers"};

    static final String[] ORG_KINDS = {"Centro Legal", "Red de Apoyo Migrante", "Alianza Comunitaria",
        "Proyecto Esperanza", "Workers' Center", "Interfaith Committee", "Youth Collective", "Family Defense Fund"};
    static final String[] ORG_PLACES = {"del Valle", "of the Borderlands", "Sonora-Arizona", "Paso del Norte",
        "Tri-County"};
}
