/*
 * The libxml2 floor for XHTML (scripts/bench): how long libxml2's xmlTextWriter alone takes to
 * write documents of exactly the shape formpress writes, with no reading, no layout and no
 * Swift at all.
 *
 * usage: xhtml-writer-floor FILE.xhtml...   (formpress's own XHTML outputs)
 *
 * Each file is parsed into a tree first (not timed); then only the writing is timed: the tree is
 * walked and written back through the same calls formpress makes (start element, attributes,
 * text, end element) into a memory buffer. Prints the seconds spent writing and the bytes
 * written, tab-separated. No XHTML conversion that builds its output with xmlTextWriter can be
 * faster than this, so the input rate it allows is the ceiling for `convert --to xhtml`.
 */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <time.h>

static int write_node(xmlTextWriterPtr writer, xmlNodePtr node) {
    for (; node != NULL; node = node->next) {
        switch (node->type) {
        case XML_ELEMENT_NODE:
            if (xmlTextWriterStartElement(writer, node->name) < 0) return -1;
            for (xmlAttrPtr attribute = node->properties; attribute != NULL; attribute = attribute->next) {
                xmlChar *value = xmlNodeGetContent((xmlNodePtr)attribute);
                int status = xmlTextWriterWriteAttribute(writer, attribute->name, value ? value : BAD_CAST "");
                xmlFree(value);
                if (status < 0) return -1;
            }
            if (write_node(writer, node->children) < 0) return -1;
            if (xmlTextWriterFullEndElement(writer) < 0) return -1;
            break;
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            if (xmlTextWriterWriteString(writer, node->content) < 0) return -1;
            break;
        default:
            break;
        }
    }
    return 0;
}

static double seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: xhtml-writer-floor FILE.xhtml...\n");
        return 2;
    }
    xmlInitParser();
    double spent = 0;
    long written = 0;
    for (int index = 1; index < argc; index++) {
        xmlDocPtr document = xmlReadFile(argv[index], NULL, XML_PARSE_NONET);
        if (document == NULL) {
            fprintf(stderr, "xhtml-writer-floor: %s: not well-formed XML\n", argv[index]);
            return 1;
        }
        double start = seconds();
        xmlBufferPtr buffer = xmlBufferCreate();
        xmlTextWriterPtr writer = xmlNewTextWriterMemory(buffer, 0);
        int status = xmlTextWriterStartDocument(writer, NULL, "UTF-8", NULL);
        if (status >= 0) status = write_node(writer, xmlDocGetRootElement(document));
        if (status >= 0) status = xmlTextWriterEndDocument(writer);
        xmlFreeTextWriter(writer);
        written += xmlBufferLength(buffer);
        xmlBufferFree(buffer);
        spent += seconds() - start;
        xmlFreeDoc(document);
        if (status < 0) {
            fprintf(stderr, "xhtml-writer-floor: %s: libxml2 could not write it\n", argv[index]);
            return 1;
        }
    }
    printf("%.6f\t%ld\n", spent, written);
    return 0;
}
