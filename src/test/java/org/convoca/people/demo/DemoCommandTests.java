package org.convoca.people.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.WebSession;
import org.convoca.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ConvocaTest
class DemoCommandTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoCommand demo;

    @Autowired
    Workspaces workspaces;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoCreatesAFictionalCoalitionOnceWithAnOwnerWhoCanSignInAndResetThePassword() {
        String first = run();
        String password = first.replaceAll("(?s).*password: (\\S+).*", "$1");

        var w = workspaces.findBySlug("demo").orElseThrow();
        assertThat(w.name()).contains("Coalición Fronteriza por la Dignidad");
        assertThat(people.count(w.id(), PeopleQuery.ALL)).isEqualTo(DemoData.PEOPLE);
        assertThat(organizations(w)).isEqualTo(DemoData.ORGANIZATIONS);
        List<Person> sample = people.page(w.id(), PeopleQuery.ALL, 0, DemoData.PEOPLE);
        assertThat(sample).extracting(Person::language).contains("en", "es");
        assertThat(sample).anyMatch(p -> p.givenName().matches(".*[áéíóúñÁÉÍÓÚÑ].*"));
        assertThat(sample).anyMatch(p -> p.givenName().codePoints().anyMatch(c -> c > 0xFFFF));
        assertThat(sample).anyMatch(p -> p.givenName().equals("نور الهدى"));
        assertThat(sample).allMatch(p -> p.email().matches("[a-z.]*\\d+@example\\.(org|com|net)"));
        assertThat(signIn(password).url()).endsWith("/admin");

        String second = run();
        assertThat(second).contains("already exists", "--reset-password").doesNotContain("password: ");
        assertThat(people.count(w.id(), PeopleQuery.ALL)).isEqualTo(DemoData.PEOPLE);
        assertThat(organizations(w)).isEqualTo(DemoData.ORGANIZATIONS);

        String reset = run("--reset-password").replaceAll("(?s).*password: (\\S+).*", "$1");
        assertThat(reset).isNotEqualTo(password);
        assertThat(signIn(password).url()).contains("/signin");
        assertThat(signIn(reset).url()).endsWith("/admin");
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = demo.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private WebSession.Page signIn(String password) {
        return new WebSession(port).post("/signin", "/signin",
                Map.of("email", DemoAccount.EMAIL, "password", password));
    }

    private long organizations(org.convoca.workspace.Workspace w) {
        return jdbc.sql("SELECT COUNT(*) FROM organizations WHERE workspace_id = ?").param(w.id())
                .query(Long.class).single();
    }
}
