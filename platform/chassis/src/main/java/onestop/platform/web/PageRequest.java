package onestop.platform.web;

import java.util.ArrayList;
import java.util.List;

import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;

/** The {@code page} and {@code size} query parameters, checked: page from 0, size 1 to 100 (default 20). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<Problem.FieldError> errors = new ArrayList<>();
        if (p < 0) {
            errors.add(new Problem.FieldError("page", FieldCodes.OUT_OF_RANGE, "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new Problem.FieldError("size", FieldCodes.OUT_OF_RANGE, "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The paging parameters are out of range.", errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
