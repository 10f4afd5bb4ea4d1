package org.convoca.workspace.staff;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an invited newcomer fills in. Errors are message keys. */
public record NewcomerForm(String name, String password) {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 1000;

    public NewcomerForm {
        name = name == null ? "" : name.strip();
        password = password == null ? "" : password;
    }

    public Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(c -> c < 0x20)) {
            errors.put("name", "setup.error.name");
        }
        if (!isAcceptablePassword(password)) {
            errors.put("password", "setup.error.password");
        }
        return errors;
    }

    public static boolean isAcceptablePassword(String password) {
        return password != null && password.length() >= MIN_PASSWORD && password.length() <= MAX_PASSWORD;
    }
}
