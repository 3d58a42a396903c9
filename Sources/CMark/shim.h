// CommonMark's reference parser (libcmark-dev); used only by ArticleKit's MarkdownImporter.
#include <cmark.h>
