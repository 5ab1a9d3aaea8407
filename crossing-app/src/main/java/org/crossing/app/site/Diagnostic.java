package org.crossing.app.site;

/**
 * One problem found in a site folder, located by file (relative to the folder) and line.
 * Printed the way compilers print: {@code news/2013-04-27-premiere.md:3: error: bad date ...}.
 */
public record Diagnostic(String file, int line, Severity severity, String message) {

    /** How bad a problem is: errors make {@code crossing check-site} exit with 1, warnings do not. */
    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
