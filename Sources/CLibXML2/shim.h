#ifndef FORMPRESS_CLIBXML2_SHIM_H
#define FORMPRESS_CLIBXML2_SHIM_H
// xmlversion.h first, then drop ICU: with it, any module importing both Foundation and
// libxml2 fails with "'UErrorCode' has different definitions in different modules".
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/xpath.h>

// Swift 6 rejects the global function pointer xmlFree as shared mutable state.
static inline void clibxml2_free(void *p) { xmlFree(p); }
#endif
