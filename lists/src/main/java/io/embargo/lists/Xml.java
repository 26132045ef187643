package io.embargo.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Safe, streaming XML for the importers: the JDK's StAX parser with DTDs and external entities disabled
 * (list files are untrusted input), and a reader that materialises one record element at a time as a
 * small {@link El} tree, so memory is bounded by one record, not the file.
 */
final class Xml {
  private static final XMLInputFactory FACTORY = factory();

  private Xml() {}

  private static XMLInputFactory factory() {
    // the JDK's own implementation, whatever else is on the classpath (a fat jar may bring Aalto or Woodstox)
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** One element: local name, attributes (local names), trimmed text, child elements. */
  record El(String name, Map<String, String> attrs, String text, List<El> children) {
    /** First child with that local name, or null. */
    El child(String n) {
      for (El c : children) {
        if (c.name.equals(n)) {
          return c;
        }
      }
      return null;
    }

    List<El> all(String n) {
      List<El> out = new ArrayList<>();
      for (El c : children) {
        if (c.name.equals(n)) {
          out.add(c);
        }
      }
      return out;
    }

    /** Trimmed text of the first child with that name; null when absent or blank. */
    String text(String n) {
      El c = child(n);
      return c == null ? null : Text.clean(c.text);
    }

    String attr(String n) {
      return Text.clean(attrs.get(n));
    }
  }

  /** Receives the root element (name and attributes only), then each record element. */
  interface Handler {
    /** Called once with the root element, after its name was checked. */
    default void root(El root, String location) throws ListImportException {}

    void record(El record, String location) throws ListImportException;

    /** An element outside records whose text is wanted (e.g. Publish_Date); default none. */
    default boolean isHeaderField(String localName) {
      return false;
    }

    default void headerField(El field, String location) throws ListImportException {}
  }

  /**
   * Streams the file through the handler.
   *
   * @param what the format's name for messages, e.g. {@code UN consolidated list}
   * @param rootName the local name the root element must have
   * @param h receives the root and the records
   * @param recordNames the local names of record elements (at any depth)
   */
  static void read(Path file, String what, String rootName, Handler h, String... recordNames)
      throws ListImportException {
    java.util.Set<String> records = java.util.Set.of(recordNames);
    XMLStreamReader r = null;
    try (InputStream in = Files.newInputStream(file)) {
      r = FACTORY.createXMLStreamReader(in);
      boolean rootSeen = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = r.getLocalName();
        if (!rootSeen) {
          rootSeen = true;
          if (!name.equals(rootName)) {
            throw new ListImportException(file, where(r.getLocation()), null, "not a " + what
                + ": root element is <" + name + ">, expected <" + rootName + ">");
          }
          h.root(new El(name, attrs(r), "", List.of()), where(r.getLocation()));
          continue;
        }
        if (records.contains(name)) {
          String loc = where(r.getLocation());
          h.record(element(r), loc);
        } else if (h.isHeaderField(name)) {
          String loc = where(r.getLocation());
          h.headerField(element(r), loc);
        }
      }
      if (!rootSeen) {
        throw new ListImportException(file, null, null, "no XML element in the file");
      }
    } catch (XMLStreamException e) {
      Location l = e.getLocation();
      String msg = e.getMessage() == null ? e.toString() : e.getMessage();
      int i = msg.indexOf("Message: ");
      throw new ListImportException(file, l == null ? null : where(l), null,
          "malformed XML: " + (i >= 0 ? msg.substring(i + 9) : msg), e);
    } catch (IOException e) {
      throw new ListImportException(file, null, null, "cannot read: " + e.getMessage(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a failed reader: the first error is the one to report
        }
      }
    }
  }

  static String where(Location l) {
    return "line " + l.getLineNumber();
  }

  private static Map<String, String> attrs(XMLStreamReader r) {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      a.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    return a;
  }

  /** Reads the element the reader is on (a START_ELEMENT) up to its END_ELEMENT. */
  private static El element(XMLStreamReader r) throws XMLStreamException {
    String name = r.getLocalName();
    Map<String, String> attrs = attrs(r);
    List<El> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (true) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        children.add(element(r));
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        text.append(r.getText());
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        return new El(name, attrs, text.toString().strip(), children);
      }
    }
  }
}
