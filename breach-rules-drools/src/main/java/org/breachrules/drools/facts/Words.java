package org.breachrules.drools.facts;

import java.util.Collection;
import java.util.Iterator;

/**
 * Numbers and lists as a rule's message writes them, so that a message built from a tunable value reads the same
 * as the regulation's wording under the federal default ("six years") and follows the value when an organisation
 * changes it ("seven years"). Wording only: nothing here decides anything.
 */
public final class Words {
    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty"};

    private Words() {
    }

    /** 1 to 20 in words ("six"); any other number in digits ("21", "-1"). */
    public static String number(int n) {
        return n >= 1 && n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
    }

    /** A number of years: "one year", "six years", "21 years". */
    public static String years(int n) {
        return number(n) + (n == 1 ? " year" : " years");
    }

    /** Values as a list in words, in the collection's order: "A", "A and B", "A, B and C"; "" for none. */
    public static String and(Collection<?> values) {
        StringBuilder out = new StringBuilder();
        Iterator<?> it = values.iterator();
        int i = 0;
        int size = values.size();
        while (it.hasNext()) {
            if (i > 0) {
                out.append(i == size - 1 ? " and " : ", ");
            }
            out.append(it.next());
            i++;
        }
        return out.toString();
    }
}
