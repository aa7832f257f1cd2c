package org.breachrules.spring.example;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
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
 * input is a 400 whose body lists every problem: {@code {"problems": [{"field": ..., "message": ...}]}}. The
 * evaluation date defaults to today.
 */
@RestController
class DeterminationController {
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
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidIncidentException(List.of(new Violation("asOf", "expected a date (YYYY-MM-DD)")));
        }
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

    private static ResponseEntity<Map<String, Object>> problems(List<Violation> violations) {
        List<Map<String, String>> list = violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message())).toList();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("problems", list));
    }
}
