package org.convoca.mailings;

/** One language version of a mailing, ready to be personalized: subject, HTML and text. */
record CompiledVersion(String language, Template subject, Template html, Template text) {

    java.util.Set<String> fieldNames() {
        java.util.Set<String> names = new java.util.HashSet<>(subject.fieldNames());
        names.addAll(html.fieldNames());
        names.addAll(text.fieldNames());
        return names;
    }
}
