/** How the client logs its HTTP traffic and waits between retries. */
@NullMarked
package io.medusajava.http;

import org.jspecify.annotations.NullMarked;
