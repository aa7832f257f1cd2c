package org.breachrules.spring.example;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.IncidentValidator;
import org.breachrules.api.InvalidIncidentException;
import org.breachrules.api.Violation;
import org.breachrules.json.BreachRulesModule.InvalidIncidentJsonException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /determinations[?asOf=YYYY-MM-DD]}: one incident (interchange format) in, its determination out. Bad
 * input is a 400 whose body lists the problems (the first {@value #MAX_PROBLEMS}, then a count):
 * {@code {"problems": [{"field": ..., "message": ...}]}}. The evaluation date defaults to today and, like every
 * date of an incident, lies within {@code IncidentValidator.EARLIEST_DATE} to {@code LATEST_DATE}.
 */
@RestController
class DeterminationController {
    /** The most problems a 400 lists (the CLI prints as many per input). */
    static final int MAX_PROBLEMS = 100;

    private final BreachDeterminer determiner;

    DeterminationController(BreachDeterminer determiner) {
        this.determiner = determiner;
    }

    @PostMapping(path = "/determinations", consumes = "application/json", produces = "application/json")
    Determination determine(@RequestBody Incident incident, @RequestParam(name = "asOf", required = false) String asOf) {
        return determiner.determine(incident, asOf(asOf));
    }

    private static LocalDate asOf(String text) {
        if (text == null) {
            return LocalDate.now();
        }
        LocalDate date;
        try {
            date = text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            throw new InvalidIncidentException(List.of(new Violation("asOf", "expected a date (YYYY-MM-DD)")));
        }
        // The validator's range for every date: beyond it, deadlines overflow (a 500) or leave four-digit years.
        if (date.isBefore(IncidentValidator.EARLIEST_DATE) || date.isAfter(IncidentValidator.LATEST_DATE)) {
            throw new InvalidIncidentException(List.of(new Violation("asOf", "is outside the supported range "
                    + IncidentValidator.EARLIEST_DATE + " to " + IncidentValidator.LATEST_DATE)));
        }
        return date;
    }

    /** The reader found problems in the JSON: every one, with its field path (never the values, which may be PHI). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidIncidentJsonException invalid) {
            return problems(invalid.violations());
        }
        return problems(List.of(new Violation("$", "malformed JSON: expected one incident object")));
    }

    /** The validator found problems that need the evaluation date (a discovery after it, for example). */
    @ExceptionHandler(InvalidIncidentException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidIncidentException e) {
        return problems(e.violations());
    }

    /** The first {@value #MAX_PROBLEMS} problems, then one that counts the rest: a hostile body has millions. */
    private static ResponseEntity<Map<String, Object>> problems(List<Violation> violations) {
        List<Map<String, String>> list = new ArrayList<>(violations.stream().limit(MAX_PROBLEMS)
                .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
        if (violations.size() > MAX_PROBLEMS) {
            int more = violations.size() - MAX_PROBLEMS;
            list.add(Map.of("field", "$", "message", "... and " + more + " more problem" + (more == 1 ? "" : "s")));
        }
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("problems", list));
    }
}
