package io.embargo.server;

import io.embargo.model.ListVersionRef;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Request counts, latency histograms, screenings and list ages, rendered in the Prometheus text exposition
 * format (version 0.0.4). Lock-free counters; thread-safe.
 */
final class Metrics {
  private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
  private final LongAdder screenings = new LongAdder();
  private final LongAdder hits = new LongAdder();
  private final Supplier<List<ListVersionRef>> lists;

  Metrics(Supplier<List<ListVersionRef>> lists) {
    this.lists = lists;
  }

  void request(String route, int status, long nanos) {
    requests.computeIfAbsent(route + "\u0000" + status, k -> new LongAdder()).increment();
    latency.computeIfAbsent(route, k -> new Histogram()).observe(nanos / 1e9);
  }

  void screened(int n, int hitCount) {
    screenings.add(n);
    hits.add(hitCount);
  }

  String render() {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("# HELP embargo_http_requests_total HTTP requests by route and status.\n")
        .append("# TYPE embargo_http_requests_total counter\n");
    new TreeMap<>(requests).forEach((k, v) -> {
      String[] p = k.split("\u0000");
      String[] mr = p[0].split(" ", 2);
      sb.append("embargo_http_requests_total{method=\"").append(mr[0]).append("\",route=\"").append(esc(mr[1]))
          .append("\",status=\"").append(p[1]).append("\"} ").append(v.sum()).append('\n');
    });
    sb.append("# HELP embargo_http_request_duration_seconds HTTP request latency by route.\n")
        .append("# TYPE embargo_http_request_duration_seconds histogram\n");
    new TreeMap<>(latency).forEach((route, h) -> h.render(sb, route));
    sb.append("# HELP embargo_screenings_total Parties screened.\n# TYPE embargo_screenings_total counter\n")
        .append("embargo_screenings_total ").append(screenings.sum()).append('\n');
    sb.append("# HELP embargo_screening_hits_total Hits returned.\n# TYPE embargo_screening_hits_total counter\n")
        .append("embargo_screening_hits_total ").append(hits.sum()).append('\n');
    sb.append("# HELP embargo_list_age_seconds Time since the list version in use was imported.\n")
        .append("# TYPE embargo_list_age_seconds gauge\n");
    sb.append("# HELP embargo_list_entries Entries in the list version in use.\n")
        .append("# TYPE embargo_list_entries gauge\n");
    long now = Instant.now().getEpochSecond();
    for (ListVersionRef v : lists.get()) {
      if (v.importedAt() != null) {
        sb.append("embargo_list_age_seconds{list=\"").append(v.list().code()).append("\",version=\"")
            .append(v.version()).append("\"} ").append(now - v.importedAt().getEpochSecond()).append('\n');
      }
      sb.append("embargo_list_entries{list=\"").append(v.list().code()).append("\",version=\"")
          .append(v.version()).append("\"} ").append(v.entries()).append('\n');
    }
    return sb.toString();
  }

  private static String esc(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static final class Histogram {
    private final LongAdder[] counts = new LongAdder[BUCKETS.length];
    private final LongAdder count = new LongAdder();
    private final java.util.concurrent.atomic.DoubleAdder sum = new java.util.concurrent.atomic.DoubleAdder();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }

    void observe(double seconds) {
      for (int i = 0; i < BUCKETS.length; i++) {
        if (seconds <= BUCKETS[i]) {
          counts[i].increment();
          break;
        }
      }
      count.increment();
      sum.add(seconds);
    }

    void render(StringBuilder sb, String route) {
      String[] mr = route.split(" ", 2);
      String labels = "method=\"" + mr[0] + "\",route=\"" + esc(mr[1]) + "\"";
      long cumulative = 0;
      for (int i = 0; i < BUCKETS.length; i++) {
        cumulative += counts[i].sum();
        sb.append("embargo_http_request_duration_seconds_bucket{").append(labels).append(",le=\"")
            .append(String.format(Locale.ROOT, "%s", BUCKETS[i])).append("\"} ").append(cumulative).append('\n');
      }
      sb.append("embargo_http_request_duration_seconds_bucket{").append(labels).append(",le=\"+Inf\"} ")
          .append(count.sum()).append('\n');
      sb.append("embargo_http_request_duration_seconds_sum{").append(labels).append("} ")
          .append(String.format(Locale.ROOT, "%.6f", sum.sum())).append('\n');
      sb.append("embargo_http_request_duration_seconds_count{").append(labels).append("} ").append(count.sum())
          .append('\n');
    }
  }
}
