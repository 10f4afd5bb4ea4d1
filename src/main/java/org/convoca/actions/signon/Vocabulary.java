package org.convoca.actions.signon;

import java.util.Map;
import java.util.Set;

/** The words that normalization drops, rewrites or treats as telling organizations apart. */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Dropped from the start of a name: "The Florence Project" is listed as "Florence Project". */
    static final Set<String> LEADING_ARTICLES = Set.of("the", "la", "el", "los", "las");

    /**
     * Legal forms dropped from the end of a name. "Foundation", "Fund", "Trust", "Association" and "Society" are
     * not here: they are usually part of the name ("Ford Foundation" is not "Ford"). "CO" and "SC" in capitals in a
     * mixed-case name are Colorado and South Carolina ({@link Places#code}), so they are never dropped as legal forms.
     */
    static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "incorporated", "llc", "llp", "lllp", "lp", "ltd",
            "limited", "corp", "corporation", "co", "pc", "pllc", "nfp", "ac", "abp", "iap", "sc");

    /**
     * Small words. A difference in them alone makes two names only possibly the same ("Casa de Esperanza" and
     * "Casa Esperanza" can be two groups), and acronyms are tried with and without them.
     */
    static final Set<String> MINOR_WORDS = Set.of("of", "for", "the", "and", "a", "an", "in", "on", "at", "to",
            "by", "with", "de", "del", "la", "las", "los", "el", "en", "para", "por", "y", "con", "al", "des", "du",
            "le", "les", "et", "pour");

    /** Articles kept when an acronym is formed: NCLR is "National Council of La Raza". */
    static final Set<String> ACRONYM_ARTICLES = Set.of("la", "las", "los", "el", "le", "les");

    /** Scope and direction words: "National Immigration Law Center" is not a state's "Immigration Law Center". */
    static final Set<String> QUALIFIER_WORDS = Set.of("national", "nacional", "state", "statewide", "estatal",
            "local", "regional", "county", "condado", "city", "municipal", "international", "internacional",
            "global", "federal", "metro", "north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
            "southeastern", "southwestern", "central", "norte", "sur", "este", "oeste", "upstate", "downstate",
            "chapter", "capitulo", "office", "oficina", "branch", "affiliate", "division", "diocese", "archdiocese",
            "diocesis", "arquidiocesis", "parish", "youth", "juvenil", "students", "student", "campus");

    /** Words before which the preceding word is a place: "Lone Star Chapter", "Cook County". */
    static final Set<String> PLACE_MARKERS = Set.of("chapter", "county", "parish", "office", "branch");

    /**
     * Words too common in this field to identify an organization alone: "Immigrant Rights Coalition" names no one
     * in particular, so a name made only of them is never matched by containment.
     */
    static final Set<String> GENERIC_WORDS = Set.of("immigrant", "immigrants", "immigration", "migrant", "migrants",
            "refugee", "refugees", "rights", "justice", "center", "centro", "coalition", "coalicion", "alliance",
            "alianza", "network", "red", "project", "proyecto", "council", "consejo", "committee", "comite",
            "association", "asociacion", "organization", "organizacion", "services", "service", "servicios",
            "legal", "law", "community", "comunidad", "communities", "action", "accion", "fund", "foundation",
            "institute", "instituto", "society", "union", "league", "group", "grupo", "collective", "colectivo",
            "program", "programa", "initiative", "campaign", "movement", "movimiento", "defense", "defensa",
            "advocacy", "advocates", "human", "humanos", "derechos", "civil", "family", "families", "familias",
            "workers", "trabajadores", "women", "mujeres", "church", "iglesia", "ministries", "ministry",
            "partnership", "resource", "resources", "support", "solidarity", "solidaridad", "people", "pueblo",
            "new", "american", "americans", "latino", "latina", "latinos", "latinx", "hispanic", "unidos", "united");

    /** Spellings and abbreviations of one word. Only abbreviations that mean one thing in an organization's name. */
    static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("natl", "national"), Map.entry("intl", "international"),
            Map.entry("assn", "association"), Map.entry("assoc", "association"), Map.entry("ctr", "center"),
            Map.entry("cntr", "center"), Map.entry("centre", "center"), Map.entry("organisation", "organization"),
            Map.entry("organisations", "organizations"), Map.entry("st", "saint"), Map.entry("ste", "sainte"),
            Map.entry("mt", "mount"), Map.entry("ft", "fort"), Map.entry("dept", "department"),
            Map.entry("svcs", "services"), Map.entry("svc", "service"), Map.entry("univ", "university"),
            Map.entry("inst", "institute"), Map.entry("cmty", "community"), Map.entry("labour", "labor"),
            Map.entry("defence", "defense"), Map.entry("programme", "program"), Map.entry("bros", "brothers"));
}
