#ifndef DOCKET_CLIBXML2_SHIM_H
#define DOCKET_CLIBXML2_SHIM_H
/* Keep libxml2's ICU headers out: Foundation ships its own ICU module and a clean
   build fails on "'UErrorCode' has different definitions" otherwise. */
#include <stdint.h>
#define UCNV_H
typedef struct UConverter UConverter;
typedef uint16_t UChar;

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlwriter.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

/* Swift 6 refuses C mutable globals such as xmlFree: call it through a function. */
static inline void docket_xml_free(void *p) { xmlFree(p); }

/* Swallow libxml2's generic error printing; structured errors are collected by the caller. */
static void docket_xml_silent(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void docket_xml_silence(void) { xmlSetGenericErrorFunc(NULL, docket_xml_silent); }
#endif
