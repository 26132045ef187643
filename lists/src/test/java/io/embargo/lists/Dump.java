package io.embargo.lists;

import io.embargo.model.ListId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Dump {
  @Test
  void dump() throws Exception {
    String[] files = System.getProperty("dump.files", "").split(",");
    if (files[0].isEmpty()) return;
    List<Path> ps = new ArrayList<>();
    for (String f : files) ps.add(Scan.list(f));
    String ids = System.getProperty("dump.ids", "");
    for (ImportedList l : ListImporters.read(ps, null, null, ImportOptions.ACCEPT_TRUNCATED_TAIL)) {
      System.out.println(l.list() + " " + l.format() + " " + l.entries().size() + " " + l.published() + " " + l.warnings());
      l.entries().stream().filter(e -> ids.contains("," + e.sourceId() + ",") || ids.equals("*")).forEach(System.out::println);
    }
  }
}
