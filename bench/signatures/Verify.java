import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * After a crash and a restart: reads every person and every signature of the bench petition through the API and
 * checks that each acknowledged email has a signature. Exits 1, naming what is missing, if any is not there.
 * Usage: java Verify.java BASE_URL API_KEY PETITION_ID ACKED_FILE
 */
public class Verify {

    private static final Pattern ID = Pattern.compile("\"identifiers\":\\[\"convoca:([0-9a-f-]{36})\"");
    private static final Pattern EMAIL = Pattern.compile("\"address\":\"([^\"]+)\"");
    private static final Pattern PERSON_ID = Pattern.compile("\"action_network:person_id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String base = args[0] + "/api/v2";
        List<String> acked = Files.readAllLines(Path.of(args[3]));
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> emailById = new HashMap<>();
        for (int page = 1; ; page++) {
            String body = get(http, base + "/people?per_page=25&page=" + page, args[1]);
            String[] people = body.split("\\{\"identifiers\"");
            if (people.length <= 1) {
                break;
            }
            for (int i = 1; i < people.length; i++) {
                Matcher id = ID.matcher("{\"identifiers\"" + people[i]);
                Matcher email = EMAIL.matcher(people[i]);
                if (id.find() && email.find()) {
                    emailById.put(id.group(1), email.group(1));
                }
            }
        }
        Set<String> signed = new HashSet<>();
        for (int page = 1; ; page++) {
            String body = get(http, base + "/petitions/" + args[2] + "/signatures?per_page=25&page=" + page, args[1]);
            Matcher m = PERSON_ID.matcher(body);
            int found = 0;
            while (m.find()) {
                found++;
                signed.add(emailById.get(m.group(1)));
            }
            if (found == 0) {
                break;
            }
        }
        List<String> missing = acked.stream().filter(e -> !signed.contains(e)).toList();
        System.out.printf("Acknowledged before the kill: %d; signatures found after the restart: %d; "
                + "acknowledged but missing: %d%n", acked.size(), signed.size(), missing.size());
        if (!missing.isEmpty()) {
            System.out.println("Missing, for example: " + missing.subList(0, Math.min(5, missing.size())));
            System.exit(1);
        }
    }

    static String get(HttpClient http, String url, String key) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("OSDI-API-Token", key)
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
