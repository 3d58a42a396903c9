// libxml2 (libxml2-dev): the HTML parser for saved pages and the XML parser for feeds,
// used only by ArticleKit's importers.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, whose headers clash with Foundation's own ICU copy;
// nothing here uses libxml2's ICU converters, so their declarations are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
