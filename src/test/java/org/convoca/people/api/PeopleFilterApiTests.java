package org.convoca.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.convoca.api.ApiClient;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.PostalAddress;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class PeopleFilterApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeys keys;

    @Autowired
    People people;

    ApiClient api;
    Person ana;
    Person omar;
    Person obrien;

    @BeforeEach
    void threePeople() throws InterruptedException {
        var w = fixtures.workspace("Filters");
        api = new ApiClient(port, keys.create(w.id(), "test").secret());
        ana = people.create(w.id(), Person.draft("Ana", "López", "ana@example.org")
                .withAddress(new PostalAddress("", "Houston", "TX", "77002", "US")));
        Thread.sleep(5);
        omar = people.create(w.id(), Person.draft("Omar", "Haddad", "omar@example.org")
                .withAddress(new PostalAddress("", "Austin", "TX", "78701", "US")));
        Thread.sleep(5);
        obrien = people.create(w.id(), Person.draft("Siobhán", "O'Brien", "sio@example.org")
                .withAddress(new PostalAddress("", "Chicago", "IL", "60601", "US")));
    }

    List<String> given(String filter) {
        var reply = api.get("/people?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
        assertThat(reply.status()).as(filter + ": " + reply.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        reply.json().path("_embedded").path("osdi:people").forEach(p -> names.add(p.path("given_name").asString()));
        return names;
    }

    @Test
    void eachTextFieldFiltersByEquality() {
        assertThat(given("email_address eq 'OMAR@example.org'")).containsExactly("Omar");
        assertThat(given("given_name eq 'Ana'")).containsExactly("Ana");
        assertThat(given("family_name eq 'O''Brien'")).containsExactly("Siobhán");
        assertThat(given("region eq 'TX'")).containsExactly("Ana", "Omar");
        assertThat(given("postal_code eq '60601'")).containsExactly("Siobhán");
        assertThat(given("region eq 'TX' and postal_code eq '78701'")).containsExactly("Omar");
        assertThat(given("given_name eq 'Ana' and given_name eq 'Omar'")).isEmpty();
        assertThat(given("family_name eq ''' OR 1=1 --'")).isEmpty();
    }

    @Test
    void identifiersInEitherNamespaceFindThePersonAndAnotherSystemsFindNobody() {
        assertThat(given("identifier eq 'convoca:" + omar.id() + "'")).containsExactly("Omar");
        assertThat(given("identifier eq 'action_network:" + omar.id() + "'")).containsExactly("Omar");
        assertThat(given("identifier eq 'other_system:" + omar.id() + "'")).isEmpty();
        assertThat(given("identifier eq 'not an id'")).isEmpty();
    }

    @Test
    void datesCompareWithGtLtAndEqInDaysOrFullTimes() throws InterruptedException {
        String omarCreated = omar.createdAt().toString();
        assertThat(given("created_date gt '" + omarCreated + "'")).containsExactly("Siobhán");
        assertThat(given("created_date lt '" + omarCreated + "'")).containsExactly("Ana");
        assertThat(given("created_date gt '2000-01-01'")).hasSize(3);
        assertThat(given("created_date lt '2000-01-01'")).isEmpty();
        assertThat(given("created_date eq '" + omarCreated.substring(0, 10) + "'")).hasSize(3);
        assertThat(given("created_date gt '2000-01-01T00:00:00-05:00' and created_date lt '2999-01-01 00:00:00'"))
                .hasSize(3);

        Thread.sleep(5);
        String beforeUpdate = java.time.Instant.now().toString();
        Thread.sleep(5);
        people.update(ana.withNames("Ana María", "López"));
        assertThat(given("modified_date gt '" + beforeUpdate + "'")).containsExactly("Ana María");
    }

    @Test
    void aFilterThatCannotBeReadIsRefusedWithWhatWasWrong() {
        assertThat(error("shoe_size eq '42'")).contains("cannot be filtered on \"shoe_size\"").contains("email_address");
        assertThat(error("given_name gt 'A'")).contains("only be compared with eq");
        assertThat(error("given_name like 'A'")).contains("use eq, gt or lt");
        assertThat(error("given_name eq Ana")).contains("single quotes");
        assertThat(error("given_name eq 'Ana")).contains("closing quote");
        assertThat(error("given_name eq 'Ana' or given_name eq 'Omar'")).contains("\"and\"");
        assertThat(error("created_date gt 'yesterday'")).contains("is not a date");
        assertThat(error("given_name eq 'Ana' and")).contains("field name");
        assertThat(error("x".repeat(3000))).contains("longer than");
    }

    private String error(String filter) {
        var reply = api.get("/people?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
        assertThat(reply.status()).as(filter).isEqualTo(400);
        return reply.error();
    }
}
