/** Helpers of the decisions module (data-file reading, name folding); not an API. */
package io.embargo.decisions.internal;
