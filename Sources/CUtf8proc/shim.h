#ifndef VERBATIM_CUTF8PROC_SHIM_H
#define VERBATIM_CUTF8PROC_SHIM_H
#include <utf8proc.h>
#endif
