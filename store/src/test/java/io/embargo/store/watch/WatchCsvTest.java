package io.embargo.store.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.embargo.model.Identifier;
import io.embargo.model.PartyType;
import io.embargo.store.StoreTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WatchCsvTest extends StoreTestBase {
  @Override
  protected boolean postgres() {
    return false;
  }

  private Path csv(String text) throws IOException {
    Path p = tmp.resolve("customers.csv");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void importsEveryColumnAndReplacesById() throws IOException {
    WatchList w = new WatchList(db);
    w.importCsv(csv("id,name,type,country,dob,identifiers,address\n"
        + "c1,Saito Tech Ltd,company,IL,,Registration:514971522:IL,\"21 Haarbaa, Tel Aviv\"\n"
        + "c2,Ivan Petrov,person,ru,1970-03-04,Passport:AB 123,\n"));
    w.importCsv(csv("id,name\nc2,Ivan Petrov Jr\n"));

    assertThat(w.count()).isEqualTo(2);
    WatchedParty c1 = w.all().get(0);
    assertThat(c1.type()).isEqualTo(PartyType.ORGANIZATION);
    assertThat(c1.country()).isEqualTo("IL");
    assertThat(c1.identifiers()).containsExactly(new Identifier("Registration", "514971522", "IL"));
    assertThat(c1.address()).isEqualTo("21 Haarbaa, Tel Aviv");
    assertThat(w.all().get(1).name()).isEqualTo("Ivan Petrov Jr");
  }

  @Test
  void badValuesNameFileLineAndFieldAndStoreNothing() throws IOException {
    WatchList w = new WatchList(db);
    assertThatThrownBy(() -> w.importCsv(csv("id,name,country\nc1,Good Co,DE\nc2,Bad Co,XX\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customers.csv line 3, field country");
    assertThatThrownBy(() -> w.importCsv(csv("id,name,dob\nc1,Good Co,1970-13-45\n")))
        .hasMessageContaining("line 2, field dob");
    assertThatThrownBy(() -> w.importCsv(csv("id,name,type\nc1,Good Co,planet\n")))
        .hasMessageContaining("line 2, field type");
    assertThatThrownBy(() -> w.importCsv(csv("id,name\nc1,\n"))).hasMessageContaining("line 2, field name");
    assertThatThrownBy(() -> w.importCsv(csv("id,name\nc1,A\nc1,B\n"))).hasMessageContaining("line 3, field id: duplicate");
    assertThatThrownBy(() -> w.importCsv(csv("ref,name\nc1,A\n"))).hasMessageContaining("field ref: unknown column");
    assertThatThrownBy(() -> w.importCsv(csv("id,name\n"))).hasMessageContaining("no parties");
    assertThat(w.count()).isZero();
  }
}
