package org.greenledger.command;

import org.greenledger.kernel.failure.InvalidInput;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches an {@link InvalidInput} that names the given request field; every feature's fixtures use it. */
public final class InvalidInputMatcher extends TypeSafeMatcher<Throwable> {

    private final String field;

    private InvalidInputMatcher(String field) {
        this.field = field;
    }

    public static Matcher<Throwable> invalidAt(String field) {
        return new InvalidInputMatcher(field);
    }

    @Override
    protected boolean matchesSafely(Throwable failure) {
        return failure instanceof InvalidInput invalid && field.equals(invalid.field());
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("invalid input at field ").appendValue(field);
    }
}
