package org.smallwins.review;

/** The five questions of the weekly review, in the method's fixed order (wording in messages.properties). */
public final class Questions {
    public static final int COUNT = 5;

    private Questions() {}

    static int requireValid(int question) {
        if (question < 1 || question > COUNT) {
            throw new IllegalArgumentException("question must be 1.." + COUNT + ", got " + question);
        }
        return question;
    }

    /** The messages.properties key of a question's wording. */
    public static String key(int question) {
        return "question." + requireValid(question);
    }
}
