#ifndef FORMPRESS_CMALLOC_SHIM_H
#define FORMPRESS_CMALLOC_SHIM_H
// glibc's heap tuning (mallopt and its parameters), which Swift's Glibc module leaves out.
#include <malloc.h>
#endif
