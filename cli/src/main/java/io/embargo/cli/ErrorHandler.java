package io.embargo.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one clear line on stderr and a non-zero exit code, instead of a stack trace.
 * Set {@code EMBARGO_DEBUG=1} to see the stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  /** Exit code for bad input (a file, a field, an argument). */
  static final int BAD_INPUT = 2;
  /** Exit code for refused actions (role, conflict). */
  static final int REFUSED = 3;
  /** Exit code for anything else. */
  static final int FAILED = 1;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    if (System.getenv("EMBARGO_DEBUG") != null) {
      ex.printStackTrace(cl.getErr());
    }
    String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    cl.getErr().println("embargo: error: " + msg);
    cl.getErr().flush();
    if (ex instanceof IllegalArgumentException) {
      return BAD_INPUT;
    }
    if (ex instanceof SecurityException || ex instanceof IllegalStateException && msg.contains("conflict")) {
      return REFUSED;
    }
    return FAILED;
  }
}
