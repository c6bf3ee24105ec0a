package dev.rollscope.lab.proc;

/** The lab could not set up or play a scenario (a process did not start, a port did not open). */
public class LabException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LabException(String message) {
        super(message);
    }

    public LabException(String message, Throwable cause) {
        super(message, cause);
    }
}
