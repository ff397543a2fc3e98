package kz.appeals.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GeoReport v2's two formats from one tree, by the Spark convention the specification names: the
 * tree is a root name over maps (elements in order), lists and values. XML writes every list as a
 * wrapper element holding one element per item under the singular name ({@code service_requests}
 * holds {@code request}); JSON drops the root and writes the rest as it is, so a list answers as a
 * JSON array and a single object (discovery, a service definition) as a JSON object. Both carry
 * the same fields; a null is an empty element in XML and null in JSON.
 */
final class Spark {
    /** The element of each item of a list, as GeoReport v2 and its updates extension name them. */
    private static final Map<String, String> ITEM = Map.of(
            "services", "service",
            "attributes", "attribute",
            "values", "value",
            "service_requests", "request",
            "errors", "error",
            "service_request_updates", "request_update",
            "endpoints", "endpoint",
            "formats", "format");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /** The formats an endpoint answers in, by the extension of the resource. */
    enum Format {
        XML("text/xml; charset=utf-8"),
        JSON("application/json; charset=utf-8");

        final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        static Format ofExtension(String extension) {
            return "json".equals(extension) ? JSON : XML;
        }

        /** The format a request path asks for: JSON when it ends in .json, else XML (the required format). */
        static Format ofPath(String path) {
            return path != null && path.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : XML;
        }
    }

    private Spark() {
    }

    static String write(Format format, String root, Object value) {
        return format == Format.JSON ? json(value) : xml(root, value);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String xml(String root, Object value) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            element(w, root, value);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        w.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                element(w, e.getKey().toString(), e.getValue());
            }
        } else if (value instanceof List<?> list) {
            String item = ITEM.get(name);
            if (item == null) {
                throw new IllegalArgumentException("No item element for the list " + name);
            }
            for (Object v : list) {
                element(w, item, v);
            }
        } else if (value != null) {
            w.writeCharacters(xmlText(value.toString()));
        }
        w.writeEndElement();
    }

    /** Characters XML 1.0 cannot carry (control characters, unpaired surrogates) become U+FFFD. */
    static String xmlText(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }
}
