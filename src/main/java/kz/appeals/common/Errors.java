package kz.appeals.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors while a request is checked, then fails once with all of them. */
public final class Errors {
    private final List<Problem.FieldError> list = new ArrayList<>();

    public Errors add(String field, String message) {
        list.add(new Problem.FieldError(field, message));
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem.FieldError> list() {
        return List.copyOf(list);
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ValidationException(list);
        }
    }
}
