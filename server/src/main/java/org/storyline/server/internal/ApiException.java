package org.storyline.server.internal;

/** A request the API refuses, with the HTTP status, a message naming the bad value, and the parameter to blame. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String parameter;

    public ApiException(int status, String message, String parameter) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an API error needs a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.parameter = parameter;
    }

    public ApiException(int status, String message) {
        this(status, message, null);
    }

    public int status() {
        return status;
    }

    /** The query parameter or field to blame, or null. */
    public String parameter() {
        return parameter;
    }

    static ApiException notFound(String what, String id) {
        return new ApiException(404, "no " + what + " with id '" + id + "'");
    }
}
