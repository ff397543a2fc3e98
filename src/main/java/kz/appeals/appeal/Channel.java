package kz.appeals.appeal;

import kz.appeals.common.Errors;

/** How an appeal reached the register. */
public enum Channel {
    PORTAL, CALL_CENTER, RECEPTION, WRITTEN;

    /**
     * The one rule for the link to a reception: an appeal taken at a reception names it, and no
     * other appeal does. Intake names it by id, the import by its own reference; both ask here.
     */
    public void checkReception(boolean named, String field, Errors errors) {
        if (this == RECEPTION && !named) {
            errors.add(field, "is required for an appeal taken at a reception (channel RECEPTION)");
        }
        if (this != RECEPTION && named) {
            errors.add(field, "only appeals taken at a reception (channel RECEPTION) name one");
        }
    }
}
