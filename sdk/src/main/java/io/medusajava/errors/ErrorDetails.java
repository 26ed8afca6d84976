package io.medusajava.errors;

import org.jspecify.annotations.Nullable;

/**
 * What one failed call left behind; handed to the exception constructors so they stay one-argument.
 */
final class ErrorDetails {
  final String message;
  final int statusCode;
  final @Nullable String type;
  final @Nullable String code;
  final @Nullable String serverMessage;
  final @Nullable String rawBody;
  final String method;
  final String path;
  final @Nullable Throwable cause;

  ErrorDetails(
      String message,
      int statusCode,
      @Nullable String type,
      @Nullable String code,
      @Nullable String serverMessage,
      @Nullable String rawBody,
      String method,
      String path,
      @Nullable Throwable cause) {
    this.message = message;
    this.statusCode = statusCode;
    this.type = type;
    this.code = code;
    this.serverMessage = serverMessage;
    this.rawBody = rawBody;
    this.method = method;
    this.path = path;
    this.cause = cause;
  }
}
