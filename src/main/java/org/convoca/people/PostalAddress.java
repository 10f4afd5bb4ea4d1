package org.convoca.people;

/** A person's postal address; every part may be empty. Address lines are separated by newlines. */
public record PostalAddress(String addressLines, String locality, String region, String postalCode, String country) {

    public static final PostalAddress NONE = new PostalAddress("", "", "", "", "");

    public PostalAddress {
        addressLines = PersonLimits.clean(addressLines);
        locality = PersonLimits.clean(locality);
        region = PersonLimits.clean(region);
        postalCode = PersonLimits.clean(postalCode);
        country = PersonLimits.clean(country).toUpperCase(java.util.Locale.ROOT);
    }

    public boolean isEmpty() {
        return addressLines.isEmpty() && locality.isEmpty() && region.isEmpty() && postalCode.isEmpty()
                && country.isEmpty();
    }
}
