package org.convoca.people.imports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convoca.people.PersonLimits;

/** Where a CSV column goes, with the English and Spanish header names that suggest it. */
public enum Target {
    GIVEN_NAME("g", "first name", "firstname", "first", "given name", "givenname", "forename", "nombre", "nombres",
            "primer nombre", "nombre de pila"),
    FAMILY_NAME("f", "last name", "lastname", "last", "surname", "family name", "familyname", "apellido",
            "apellidos"),
    EMAIL("e", "email", "e mail", "email address", "mail", "correo", "correo electronico", "email 1",
            "direccion de correo", "primary email"),
    PHONE("p", "phone", "phone number", "mobile", "mobile phone", "cell", "cell phone", "telephone", "tel",
            "telefono", "celular", "movil", "numero de telefono"),
    ADDRESS("a", "address", "address lines", "address1", "address 1", "street", "street address", "address line 1",
            "direccion", "calle", "domicilio"),
    CITY("c", "city", "town", "locality", "ciudad", "municipio", "localidad", "poblacion"),
    STATE("s", "state", "region", "province", "state province", "estado", "provincia"),
    ZIP("z", "zip", "zip code", "zipcode", "postal code", "postcode", "postal", "codigo postal", "cp"),
    COUNTRY("y", "country", "country code", "pais"),
    LANGUAGE("l", "language", "lang", "preferred language", "idioma", "lengua", "idioma preferido"),
    EMAIL_STATUS("u", "email status", "subscription", "subscription status", "estado del correo",
            "suscripcion"),
    TAGS("t", "tags", "tag", "etiquetas", "etiqueta"),
    LISTS("i", "list", "lists", "lista", "listas"),
    CUSTOM("x"),
    // What Convoca's own export adds that an import must not take back as data.
    IGNORE("-", "id", "source", "created at", "modified at");

    private final String code;
    private final Set<String> headers;

    Target(String code, String... headers) {
        this.code = code;
        this.headers = Set.of(headers);
    }

    String code() {
        return code;
    }

    /** The message key of this target's name on the mapping page. */
    public String label() {
        return "imports.target." + name().toLowerCase(Locale.ROOT);
    }

    /** Whether at most one column may go here (custom fields and ignored columns may repeat). */
    boolean single() {
        return this != CUSTOM && this != IGNORE;
    }

    static Target ofCode(String code) {
        for (Target t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return IGNORE;
    }

    static Target parse(String name) {
        for (Target t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }

    /**
     * A first guess for each column from its header: known names in English or Spanish, ignoring case, accents,
     * and punctuation; any other named column becomes a custom field, and an unnamed one is ignored.
     */
    static List<Target> guess(List<String> header) {
        Set<Target> taken = EnumSet.noneOf(Target.class);
        List<Target> result = new ArrayList<>(header.size());
        for (String h : header) {
            String key = normalize(h);
            Target guess = key.isEmpty() ? IGNORE : CUSTOM;
            for (Target t : values()) {
                if (t.headers.contains(key) && !taken.contains(t)) {
                    guess = t;
                    break;
                }
            }
            if (guess.single()) {
                taken.add(guess);
            }
            result.add(guess);
        }
        return result;
    }

    static String normalize(String header) {
        return PersonLimits.searchable(PersonLimits.clean(header)).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
