package org.smallwins.checkin;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time zone as people type it: an IANA name in any case ({@code europe/paris}), a city that
 * names a zone ({@code London}, {@code New York}, {@code Tokyo}), a few places that do not
 * ({@code Manchester}, {@code Delhi}), or an offset from UTC ({@code +05:30}, {@code UTC+2},
 * {@code GMT-3}). Empty when it is none of these.
 */
final class ZoneNames {
    private static final Pattern OFFSET =
            Pattern.compile("(?:utc|gmt)?\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?", Pattern.CASE_INSENSITIVE);

    /** Places people name that are not the city of a zone, and the zone they are in. */
    private static final Map<String, String> PLACES = Map.ofEntries(
            Map.entry("uk", "Europe/London"),
            Map.entry("bst", "Europe/London"),
            Map.entry("britain", "Europe/London"),
            Map.entry("england", "Europe/London"),
            Map.entry("scotland", "Europe/London"),
            Map.entry("wales", "Europe/London"),
            Map.entry("northern ireland", "Europe/London"),
            Map.entry("manchester", "Europe/London"),
            Map.entry("birmingham", "Europe/London"),
            Map.entry("leeds", "Europe/London"),
            Map.entry("liverpool", "Europe/London"),
            Map.entry("bristol", "Europe/London"),
            Map.entry("glasgow", "Europe/London"),
            Map.entry("edinburgh", "Europe/London"),
            Map.entry("cardiff", "Europe/London"),
            Map.entry("ireland", "Europe/Dublin"),
            Map.entry("nyc", "America/New_York"),
            Map.entry("boston", "America/New_York"),
            Map.entry("washington", "America/New_York"),
            Map.entry("san francisco", "America/Los_Angeles"),
            Map.entry("seattle", "America/Los_Angeles"),
            Map.entry("delhi", "Asia/Kolkata"),
            Map.entry("new delhi", "Asia/Kolkata"),
            Map.entry("mumbai", "Asia/Kolkata"),
            Map.entry("bangalore", "Asia/Kolkata"),
            Map.entry("bengaluru", "Asia/Kolkata"),
            Map.entry("india", "Asia/Kolkata"),
            Map.entry("beijing", "Asia/Shanghai"),
            Map.entry("wellington", "Pacific/Auckland"));

    /** "london" → Europe/London: the last part of every region id, spaces for underscores. */
    private static final Map<String, String> CITIES = cities();

    private ZoneNames() {}

    static Optional<ZoneId> parse(String typed) {
        String text = typed.strip().replaceAll("\\s+", " ");
        String key = text.toLowerCase(Locale.ROOT).replace('_', ' ');
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (key.equals("utc") || key.equals("gmt") || key.equals("z")) {
            return Optional.of(ZoneOffset.UTC);
        }
        Matcher offset = OFFSET.matcher(key);
        if (offset.matches()) {
            return offset(offset);
        }
        String id = PLACES.getOrDefault(key, CITIES.get(key));
        if (id == null) {
            id = ZoneId.getAvailableZoneIds().stream()
                    .filter(zone -> zone.replace('_', ' ').equalsIgnoreCase(key))
                    .findFirst()
                    .orElse(null);
        }
        return Optional.ofNullable(id).map(ZoneId::of);
    }

    /** How a zone is shown to a person: {@code Europe/London}, {@code America/New York}, {@code UTC+05:30}. */
    static String show(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        }
        return zone.getId().replace('_', ' ');
    }

    private static Optional<ZoneId> offset(Matcher m) {
        int sign = m.group(1).equals("-") ? -1 : 1;
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hours > 14 || minutes > 59) {
            return Optional.empty(); // real offsets run from -12:00 to +14:00
        }
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> cities() {
        Map<String, String> cities = new HashMap<>();
        // Sorted, so a city that two ids end with maps to the same one on every run.
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            int slash = id.lastIndexOf('/');
            if (slash < 0 || id.startsWith("Etc/") || id.startsWith("SystemV/")) {
                continue;
            }
            cities.putIfAbsent(id.substring(slash + 1).replace('_', ' ').toLowerCase(Locale.ROOT), id);
        }
        return Map.copyOf(cities);
    }
}
