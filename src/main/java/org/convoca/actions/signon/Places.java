package org.convoca.actions.signon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Places that tell one chapter, office or affiliate from another: US states (names and postal codes), territories
 * and the cities and regions where immigrant-justice groups most often name themselves. Two names that differ in
 * a place are never the same organization, so this list errs on the side of including a place.
 */
final class Places {

    /** Canonical place for each spelling (lower case, accents stripped, words joined by one space). */
    private static final Map<String, String> PHRASES = new HashMap<>();

    /** Postal codes, recognized only when written in capitals, since "in", "or", "me" are also words. */
    private static final Map<String, String> CODES = new HashMap<>();

    private static final Set<String> KNOWN = new HashSet<>();

    /** Codes that are also common words or Spanish articles; in a name written all in capitals they stay words. */
    private static final Set<String> CODES_THAT_ARE_WORDS = Set.of("IN", "OR", "ME", "OK", "HI", "DE", "LA", "CO",
            "PA", "MA", "AL", "ID", "OH", "MO", "MI", "SC", "AC", "NE", "WA", "VA", "GA", "MS", "MD");

    static final int LONGEST_PHRASE = 4;

    static {
        String[] states = {"AL alabama", "AK alaska", "AZ arizona", "AR arkansas", "CA california", "CO colorado",
            "CT connecticut", "DE delaware", "FL florida", "GA georgia", "HI hawaii", "ID idaho", "IL illinois",
            "IN indiana", "IA iowa", "KS kansas", "KY kentucky", "LA louisiana", "ME maine", "MD maryland",
            "MA massachusetts", "MI michigan", "MN minnesota", "MS mississippi", "MO missouri", "MT montana",
            "NE nebraska", "NV nevada", "NH new hampshire", "NJ new jersey", "NM new mexico", "NY new york",
            "NC north carolina", "ND north dakota", "OH ohio", "OK oklahoma", "OR oregon", "PA pennsylvania",
            "RI rhode island", "SC south carolina", "SD south dakota", "TN tennessee", "TX texas", "UT utah",
            "VT vermont", "VA virginia", "WA washington", "WV west virginia", "WI wisconsin", "WY wyoming",
            "DC dc", "PR puerto rico", "GU guam", "VI virgin islands"};
        for (String s : states) {
            String code = s.substring(0, 2);
            String name = s.substring(3);
            CODES.put(code, name);
            PHRASES.put(name, name);
        }
        PHRASES.put("district of columbia", "dc");
        PHRASES.put("washington dc", "dc");
        PHRASES.put("dc", "dc");
        PHRASES.put("nyc", "new york city");
        PHRASES.put("new york city", "new york city");
        CODES.put("NYC", "new york city");
        CODES.put("LA", "los angeles");
        CODES.put("SF", "san francisco");
        CODES.put("RGV", "rio grande valley");
        for (String city : ("los angeles,san francisco,san diego,san jose,san antonio,el paso,houston,dallas,austin,"
                + "fort worth,chicago,phoenix,tucson,denver,seattle,portland,boston,miami,atlanta,detroit,"
                + "philadelphia,baltimore,minneapolis,saint paul,milwaukee,nashville,memphis,charlotte,durham,"
                + "raleigh,greensboro,newark,jersey city,oakland,sacramento,fresno,bakersfield,albuquerque,"
                + "las vegas,reno,salt lake city,omaha,des moines,kansas city,saint louis,indianapolis,columbus,"
                + "cleveland,cincinnati,pittsburgh,buffalo,rochester,long island,westchester,brooklyn,queens,"
                + "bronx,manhattan,staten island,new orleans,birmingham,little rock,oklahoma city,tulsa,boise,"
                + "anchorage,honolulu,san juan,tampa,orlando,jacksonville,homestead,immokalee,yakima,spokane,"
                + "santa ana,orange county,riverside,san bernardino,inland empire,central valley,bay area,"
                + "east bay,silicon valley,coachella valley,imperial valley,rio grande valley,twin cities,"
                + "hudson valley,new england,midwest,southwest,northwest,southeast,northeast,pacific northwest,"
                + "south texas,north texas,west texas,central texas,ciudad juarez,tijuana,mexico,guatemala,"
                + "honduras,el salvador,haiti,cuba,venezuela,nicaragua,colombia,brownsville,mcallen,laredo,"
                + "harlingen,dilley,karnes,florence,eloy,nogales,san ysidro,otay mesa,elizabeth,arlington,"
                + "alexandria,richmond,norfolk,hartford,new haven,providence,worcester,springfield,lawrence,"
                + "lowell,somerville,cambridge,chelsea,trenton,paterson,camden,wilmington,charleston,columbia,"
                + "savannah,louisville,lexington").split(",")) {
            PHRASES.put(city, city);
        }
        KNOWN.addAll(PHRASES.values());
        KNOWN.addAll(CODES.values());
    }

    private Places() {
    }

    /** The canonical place for a phrase of folded words, or null. */
    static String phrase(String folded) {
        return PHRASES.get(folded);
    }

    /**
     * The canonical place for a token written in capitals ({@code TX}, {@code NYC}), or null. In a name written
     * all in capitals the codes that are also words are left alone.
     */
    static String code(String raw, boolean nameIsAllCapitals) {
        if (!raw.equals(raw.toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        if (nameIsAllCapitals && CODES_THAT_ARE_WORDS.contains(raw)) {
            return null;
        }
        return CODES.get(raw);
    }

    static boolean isKnown(String canonical) {
        return KNOWN.contains(canonical);
    }
}
