/**
 * The engine's extension points, for breach-rules' own optional modules: not part of the host API.
 */
package org.breachrules.drools.spi;
