package org.convoca.api;

/**
 * Which page of a collection a client asked for ({@code page} from 1, {@code per_page} at most {@link #MAX}).
 * Resolved from the query string when a controller takes one as a parameter.
 */
public record Paging(long page, int perPage) {

    public static final int MAX = 25;

    public long offset() {
        return (page - 1) * perPage;
    }

    public long totalPages(long totalRecords) {
        return (totalRecords + perPage - 1) / perPage;
    }
}
