package kz.appeals.common;

import java.util.List;
import java.util.Map;

/** Invalid input: a 400 naming every field that is wrong. */
public class ValidationException extends ProblemException {

    public ValidationException(List<Problem.FieldError> errors) {
        super(400, "validation", "Invalid input", summary(errors), List.copyOf(errors), Map.of());
    }

    public ValidationException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    private static String summary(List<Problem.FieldError> errors) {
        return errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
    }
}
