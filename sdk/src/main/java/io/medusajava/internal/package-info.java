/** Machinery shared by the SDK's packages. Not API: anything here may change in any release. */
package io.medusajava.internal;
