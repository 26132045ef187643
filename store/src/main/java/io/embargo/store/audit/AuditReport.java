package io.embargo.store.audit;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Writes audit records as CSV and as one self-contained HTML page (inline CSS, no scripts, no links out). */
final class AuditReport {
  private AuditReport() {}

  static void write(List<AuditRecord> rs, Instant from, Instant to, VerifyResult v, Path csv, Path html) {
    if (csv != null) {
      writeCsv(rs, csv);
    }
    if (html != null) {
      try {
        Files.writeString(html, html(rs, from, to, v), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + html + ": " + e.getMessage(), e);
      }
    }
  }

  private static void writeCsv(List<AuditRecord> rs, Path csv) {
    try (CsvWriter w = CsvWriter.builder().build(csv)) {
      w.writeRecord("seq", "time", "actor", "action", "subject", "details", "regimes", "prev_hash", "hash");
      for (AuditRecord r : rs) {
        w.writeRecord(Long.toString(r.seq()), r.at().toString(), r.actor(), r.action(), r.subject(), r.details(),
            r.regimes(), r.prevHash(), r.hash());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + csv + ": " + e.getMessage(), e);
    }
  }

  static String html(List<AuditRecord> rs, Instant from, Instant to, VerifyResult v) {
    StringBuilder sb = new StringBuilder(4096 + rs.size() * 300);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Embargo audit report</title>\n"
        + "<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
        + "table{border-collapse:collapse;width:100%;margin-bottom:2em}"
        + "th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top;font-size:13px}"
        + "th{background:#f0f0f0}.ok{color:#16691e}.bad{color:#b00020;font-weight:bold}"
        + "code{font-size:12px;word-break:break-all}</style></head><body>\n");
    sb.append("<h1>Embargo audit report</h1>\n<p>Period: ").append(esc(from.toString())).append(" to ")
        .append(esc(to.toString())).append(" &middot; ").append(rs.size()).append(" records</p>\n");
    sb.append("<p class=\"").append(v.ok() ? "ok" : "bad").append("\">").append(esc(v.summary())).append("</p>\n");
    Map<String, Integer> counts = new TreeMap<>();
    rs.forEach(r -> counts.merge(r.action(), 1, Integer::sum));
    sb.append("<h2>Summary</h2>\n<table><tr><th>Action</th><th>Records</th></tr>\n");
    counts.forEach((a, n) -> sb.append("<tr><td>").append(esc(a)).append("</td><td>").append(n)
        .append("</td></tr>\n"));
    sb.append("</table>\n");
    section(sb, "Screenings", rs, r -> r.action().equals("alert.record") || r.action().startsWith("screening."));
    section(sb, "Decisions", rs, r -> r.action().startsWith("alert.") && !r.action().equals("alert.record")
        || r.action().startsWith("suppression."));
    section(sb, "Full trail", rs, r -> true);
    return sb.append("</body></html>\n").toString();
  }

  private static void section(StringBuilder sb, String title, List<AuditRecord> rs, Predicate<AuditRecord> which) {
    sb.append("<h2>").append(esc(title)).append("</h2>\n<table><tr><th>#</th><th>Time (UTC)</th><th>Actor</th>"
        + "<th>Action</th><th>Subject</th><th>Details</th></tr>\n");
    for (AuditRecord r : rs) {
      if (which.test(r)) {
        sb.append("<tr><td>").append(r.seq()).append("</td><td>").append(esc(r.at().toString()))
            .append("</td><td>").append(esc(r.actor())).append("</td><td>").append(esc(r.action()))
            .append("</td><td>").append(esc(r.subject())).append("</td><td><code>").append(esc(r.details()))
            .append("</code></td></tr>\n");
      }
    }
    sb.append("</table>\n");
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '&': b.append("&amp;"); break;
        case '"': b.append("&quot;"); break;
        case '\'': b.append("&#39;"); break;
        default: b.append(c);
      }
    }
    return b.toString();
  }
}
