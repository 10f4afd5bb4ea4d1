import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a fictional supporters CSV for the import benchmark: java bench/GenerateCsv.java FILE ROWS.
 * Names in English and Spanish with accents, US cities, two languages, a few tags, one custom field.
 * Every email is unique and under example.org, a domain reserved for examples.
 */
public class GenerateCsv {

    static final String[] GIVEN = {"María", "José", "Ana", "Luis", "Guadalupe", "Jesús", "Sofía", "Adrián", "Emily",
        "Michael", "Sarah", "David", "Xóchitl", "Ángel", "Begoña", "Iñaki", "Chloé", "Nguyễn", "Fatima", "Omar"};
    static final String[] FAMILY = {"García", "Hernández", "Núñez", "Peña", "Muñoz", "Ibáñez", "Smith", "Johnson",
        "López", "Martínez", "O'Connor", "Rodríguez", "Pérez", "Gómez", "Díaz", "Nguyen", "Williams", "Brown"};
    static final String[][] PLACES = {{"El Paso", "TX", "79901"}, {"San Diego", "CA", "92101"},
        {"Tucson", "AZ", "85701"}, {"Houston", "TX", "77002"}, {"Chicago", "IL", "60608"},
        {"Los Angeles", "CA", "90033"}, {"Phoenix", "AZ", "85003"}, {"Laredo", "TX", "78040"},
        {"Albuquerque", "NM", "87102"}, {"Denver", "CO", "80204"}, {"New York", "NY", "10032"},
        {"Miami", "FL", "33135"}};
    static final String[] TAGS = {"volunteer", "donor", "rapid response", "DACA", "know your rights", "press"};

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        SplittableRandom random = new SplittableRandom(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("first name,last name,email,phone,city,state,zip,language,tags,member since\n");
            for (long i = 0; i < rows; i++) {
                String[] place = PLACES[random.nextInt(PLACES.length)];
                String family = FAMILY[random.nextInt(FAMILY.length)];
                out.write(GIVEN[random.nextInt(GIVEN.length)]);
                out.write(',');
                out.write(family);
                out.write(",person");
                out.write(Long.toString(i));
                out.write("@example.org,+1 555 ");
                out.write(String.format("%07d", i % 10_000_000));
                out.write(',');
                out.write(place[0]);
                out.write(',');
                out.write(place[1]);
                out.write(',');
                out.write(place[2]);
                out.write(random.nextBoolean() ? ",es," : ",en,");
                out.write(TAGS[random.nextInt(TAGS.length)]);
                if (random.nextInt(4) == 0) {
                    out.write(';');
                    out.write(TAGS[random.nextInt(TAGS.length)]);
                }
                out.write(',');
                out.write(Integer.toString(2015 + random.nextInt(11)));
                out.write('\n');
            }
        }
    }
}
