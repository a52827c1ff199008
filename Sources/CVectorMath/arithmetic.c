// Arithmetic and the largest/smallest element over arrays of doubles, in the widest vector
// extension this CPU offers (chosen in vector_math.c).
//
// Addition, subtraction, multiplication and division are correctly rounded in every
// extension, so the results are the same bits on every x86-64 CPU and in any split of the
// array. The extremes are exact too; the one choice an order could make, between -0 and +0
// when both are the extreme, is made explicit: the later element in the array.
#include "CVectorMath.h"
#include "internal.h"

#if defined(__x86_64__)
#include <immintrin.h>
#define MLM_X86 1
#else
#define MLM_X86 0
#endif

#define TARGET_AVX512 __attribute__((target("avx512f")))
#define TARGET_AVX __attribute__((target("avx")))

// One loop per operation and operand kind, compiled for each extension; clang vectorizes
// each to the extension's width.
#define LOOPS(suffix, target)                                                                 \
  target static void vv_##suffix(int op, const double *x, const double *y, double *out,      \
                                 ptrdiff_t n) {                                               \
    switch (op) {                                                                             \
    case MLM_ADD: for (ptrdiff_t i = 0; i < n; i++) out[i] = x[i] + y[i]; break;              \
    case MLM_SUBTRACT: for (ptrdiff_t i = 0; i < n; i++) out[i] = x[i] - y[i]; break;         \
    case MLM_MULTIPLY: for (ptrdiff_t i = 0; i < n; i++) out[i] = x[i] * y[i]; break;         \
    default: for (ptrdiff_t i = 0; i < n; i++) out[i] = x[i] / y[i]; break;                   \
    }                                                                                         \
  }                                                                                           \
  target static void vs_##suffix(int op, const double *x, double s, double *out, ptrdiff_t n) { \
    switch (op) {                                                                             \
    case MLM_ADD: for (ptrdiff_t i = 0; i < n; i++) out[i] = x[i] + s; break;                 \
    case MLM_SUBTRACT: for (ptrdiff_t i = 0; i < n; i++) out[i] = x[i] - s; break;            \
    case MLM_MULTIPLY: for (ptrdiff_t i = 0; i < n; i++) out[i] = x[i] * s; break;            \
    default: for (ptrdiff_t i = 0; i < n; i++) out[i] = x[i] / s; break;                      \
    }                                                                                         \
  }                                                                                           \
  target static void sv_##suffix(int op, double s, const double *y, double *out, ptrdiff_t n) { \
    switch (op) {                                                                             \
    case MLM_ADD: for (ptrdiff_t i = 0; i < n; i++) out[i] = s + y[i]; break;                 \
    case MLM_SUBTRACT: for (ptrdiff_t i = 0; i < n; i++) out[i] = s - y[i]; break;            \
    case MLM_MULTIPLY: for (ptrdiff_t i = 0; i < n; i++) out[i] = s * y[i]; break;            \
    default: for (ptrdiff_t i = 0; i < n; i++) out[i] = s / y[i]; break;                      \
    }                                                                                         \
  }

LOOPS(base, )
#if MLM_X86
LOOPS(avx, TARGET_AVX)
LOOPS(avx512, TARGET_AVX512)
#endif

// Calls the form of `kernel` compiled for the extension in use.
#if MLM_X86
#define DISPATCH(kernel, ...)                                                                 \
  do {                                                                                        \
    int level = mlm_internal_level();                                                         \
    if (level >= 3) kernel##_avx512(__VA_ARGS__);                                             \
    else if (level == 2) kernel##_avx(__VA_ARGS__);                                           \
    else kernel##_base(__VA_ARGS__);                                                          \
  } while (0)
#else
#define DISPATCH(kernel, ...) kernel##_base(__VA_ARGS__)
#endif

void mlm_arithmetic(int op, const double *x, const double *y, double *out, ptrdiff_t n) {
  DISPATCH(vv, op, x, y, out, n);
}

void mlm_arithmetic_scalar(int op, const double *x, double s, double *out, ptrdiff_t n) {
  DISPATCH(vs, op, x, s, out, n);
}

void mlm_scalar_arithmetic(int op, double s, const double *y, double *out, ptrdiff_t n) {
  DISPATCH(sv, op, s, y, out, n);
}

// The extremes: a value whose lanes are compared and the NaNs seen so far. `max_pd(m, x)`
// is `m > x ? m : x`, so it keeps a lane's largest value; the NaN test is separate.

static int base_extreme(const double *x, ptrdiff_t n, int largest, double *result) {
  double m = x[0];
  int nan = 0;
  for (ptrdiff_t i = 0; i < n; i++) {
    double v = x[i];
    nan |= v != v;
    if (largest ? v > m : v < m) m = v;
  }
  *result = m;
  return nan;
}

#if MLM_X86
// The extreme of the vector lanes and of the elements from i on (fewer than a step), and
// whether a NaN was seen.
static int finish_extreme(const double *lanes, int count, const double *x, ptrdiff_t i, ptrdiff_t n,
                          int largest, int vector_nan, double *result) {
  double tail = x[0];
  int tail_nan = n - i > 0 ? base_extreme(x + i, n - i, largest, &tail) : 0;
  for (int k = 0; k < count; k++)
    if (largest ? lanes[k] > tail : lanes[k] < tail) tail = lanes[k];
  *result = tail;
  return vector_nan || tail_nan;
}

// Four accumulators, four vectors a step, with `pick` (max or min) of the extension.
#define EXTREME_STEPS(vector, load, pick, unordered, width)                                    \
  for (; i + 4 * (width) <= n; i += 4 * (width)) {                                            \
    vector a = load(x + i), b = load(x + i + (width));                                        \
    vector c = load(x + i + 2 * (width)), d = load(x + i + 3 * (width));                      \
    unordered;                                                                                \
    m0 = pick(m0, a), m1 = pick(m1, b), m2 = pick(m2, c), m3 = pick(m3, d);                   \
  }

TARGET_AVX512 static int avx512_extreme(const double *x, ptrdiff_t n, int largest, double *result) {
  __m512d m0 = _mm512_set1_pd(x[0]), m1 = m0, m2 = m0, m3 = m0;
  __mmask8 nan = 0;
  ptrdiff_t i = 0;
#define UNORDERED_512 nan |= _mm512_cmp_pd_mask(a, b, _CMP_UNORD_Q) | _mm512_cmp_pd_mask(c, d, _CMP_UNORD_Q)
  if (largest) {
    EXTREME_STEPS(__m512d, _mm512_loadu_pd, _mm512_max_pd, UNORDERED_512, 8)
    m0 = _mm512_max_pd(_mm512_max_pd(m0, m1), _mm512_max_pd(m2, m3));
  } else {
    EXTREME_STEPS(__m512d, _mm512_loadu_pd, _mm512_min_pd, UNORDERED_512, 8)
    m0 = _mm512_min_pd(_mm512_min_pd(m0, m1), _mm512_min_pd(m2, m3));
  }
  double lanes[8];
  _mm512_storeu_pd(lanes, m0);
  return finish_extreme(lanes, 8, x, i, n, largest, nan != 0, result);
}

TARGET_AVX static int avx_extreme(const double *x, ptrdiff_t n, int largest, double *result) {
  __m256d m0 = _mm256_set1_pd(x[0]), m1 = m0, m2 = m0, m3 = m0;
  __m256d nan = _mm256_setzero_pd();
  ptrdiff_t i = 0;
#define UNORDERED_256 \
  nan = _mm256_or_pd(nan, _mm256_or_pd(_mm256_cmp_pd(a, b, _CMP_UNORD_Q), _mm256_cmp_pd(c, d, _CMP_UNORD_Q)))
  if (largest) {
    EXTREME_STEPS(__m256d, _mm256_loadu_pd, _mm256_max_pd, UNORDERED_256, 4)
  } else {
    EXTREME_STEPS(__m256d, _mm256_loadu_pd, _mm256_min_pd, UNORDERED_256, 4)
  }
  double lanes[16];
  _mm256_storeu_pd(lanes, m0), _mm256_storeu_pd(lanes + 4, m1);
  _mm256_storeu_pd(lanes + 8, m2), _mm256_storeu_pd(lanes + 12, m3);
  return finish_extreme(lanes, 16, x, i, n, largest, _mm256_movemask_pd(nan) != 0, result);
}
#endif

/// The last element of x[0..<n] equal to zero (+0 or -0).
static double last_zero(const double *x, ptrdiff_t n) {
  for (ptrdiff_t i = n - 1; i > 0; i--)
    if (x[i] == 0) return x[i];
  return x[0];
}

double mlm_extreme(const double *x, ptrdiff_t n, int largest) {
  double m;
  int nan;
#if MLM_X86
  int level = mlm_internal_level();
  if (level >= 3)
    nan = avx512_extreme(x, n, largest, &m);
  else if (level == 2)
    nan = avx_extreme(x, n, largest, &m);
  else
#endif
    nan = base_extreme(x, n, largest, &m);
  if (nan) return __builtin_nan("");
  // Which zero the comparisons kept depends on the order they met them; of equal elements
  // the answer is the last one, as a sequential `m = x >= m ? x : m` gives (and NumPy's
  // `maximum.reduce`: the maximum of [0.0, -0.0] is -0.0).
  if (m == 0) return last_zero(x, n);
  return m;
}
