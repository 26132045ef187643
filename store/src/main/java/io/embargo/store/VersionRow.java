package io.embargo.store;

import io.embargo.model.ListId;
import io.embargo.model.ListVersionRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One row of {@code list_version}. */
record VersionRow(ListId list, long version, String sha256, String setHash, String format, String sourceFiles,
    LocalDate published, LocalDate effective, Instant importedAt, String importedBy, int entries) {

  static VersionRow of(ResultSet rs) throws SQLException {
    String pub = rs.getString("published");
    return new VersionRow(ListId.fromCode(rs.getString("list_code")), rs.getLong("version"), rs.getString("sha256"),
        rs.getString("set_hash"), rs.getString("format"), rs.getString("source_files"),
        pub == null ? null : LocalDate.parse(pub), LocalDate.parse(rs.getString("effective")),
        Instant.ofEpochMilli(rs.getLong("imported_at")), rs.getString("imported_by"), rs.getInt("entry_count"));
  }

  ListVersionRef ref() {
    return new ListVersionRef(list, version, sha256, published, importedAt, entries);
  }

  VersionDetails details() {
    List<String> files = sourceFiles == null || sourceFiles.isEmpty() ? List.of() : List.of(sourceFiles.split("\n"));
    return new VersionDetails(ref(), format, files, importedBy, effective);
  }
}
