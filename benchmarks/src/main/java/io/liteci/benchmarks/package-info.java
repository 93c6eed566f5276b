/** JMH benchmarks of the LiteCI engine on generated workloads. */
package io.liteci.benchmarks;
