package org.gazette.testing;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.0 and 2.1 A and AA rules run on the page a browser shows. The report names each
 * violated rule with its impact and help text, and the elements that break it, so a failing test
 * says what to fix without opening a browser.
 */
public final class AccessibilityAudit {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private AccessibilityAudit() {}

    /** The violations on the current page, one paragraph per rule; empty when there are none. */
    public static String violationsOn(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException(
                    "axe-core failed on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        if (results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe-core checked nothing on " + driver.getCurrentUrl());
        }
        return results.getViolations().stream()
                .map(AccessibilityAudit::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder()
                .append("- ")
                .append(rule.getId())
                .append(" (")
                .append(rule.getImpact())
                .append("): ")
                .append(rule.getHelp())
                .append('\n');
        for (CheckedNode node : rule.getNodes()) {
            text.append("    at ")
                    .append(node.getTarget())
                    .append(": ")
                    .append(reasons(node.getFailureSummary()))
                    .append('\n');
        }
        return text.toString();
    }

    /** axe's summary without its "Fix any/all of the following:" headings, on one line. */
    private static String reasons(String summary) {
        if (summary == null) {
            return "";
        }
        return summary.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("Fix "))
                .collect(Collectors.joining("; "));
    }
}
