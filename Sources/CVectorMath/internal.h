// Shared between the C files of CVectorMath; not part of its interface.
#ifndef CVECTORMATH_INTERNAL_H
#define CVECTORMATH_INTERNAL_H

/// The vector extension in use: 0 scalar, 1 SSE2, 2 AVX, 3 AVX-512F.
__attribute__((visibility("hidden"))) int mlm_internal_level(void);

#endif
