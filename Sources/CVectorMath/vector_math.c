// SLEEF's deterministic ("cinz") functions applied over arrays, with the widest vector
// extension this CPU offers chosen once at load time.
//
// Why "cinz": SLEEF's deterministic families return the same bits in every vector
// extension. The "finz" family uses fused multiply-add and needs FMA hardware (Debian's
// build of it executes vfmadd even in its scalar form), so it cannot run on CPUs without
// FMA (pre-2013 Intel, Atom-class Pentium/Celeron, QEMU's default CPU model). The "cinz"
// family avoids FMA, so SSE2 (part of every x86-64 CPU), AVX and AVX-512F give identical
// results. Accuracy: the u10 functions are within 1.0 ULP (SLEEF's documented bound).
#include "CVectorMath.h"
#include "internal.h"

#include <string.h>

#if defined(__x86_64__)
#include <immintrin.h>
#define MLM_X86 1
#else
#define MLM_X86 0
#endif

// 0 scalar, 1 SSE2, 2 AVX, 3 AVX-512F.
static int supported_level = 0;
static int level = 0;

__attribute__((constructor)) static void mlm_choose_extension(void) {
#if MLM_X86
  __builtin_cpu_init();
  supported_level = 1;
  if (__builtin_cpu_supports("avx")) supported_level = 2;
  if (__builtin_cpu_supports("avx512f")) supported_level = 3;
#endif
  level = supported_level;
}

const char *mlm_vector_extension(void) {
  static const char *names[] = {"scalar", "sse2", "avx", "avx512f"};
  return names[level];
}

int mlm_internal_level(void) { return level; }

int mlm_set_vector_extension(int requested) {
  if (requested < 0) requested = 0;
  level = requested < supported_level ? requested : supported_level;
  return level;
}

// NumPy prints every NaN as `nan`; Swift prints one with its sign bit set as `-nan`, and the
// x86 default NaN (from log(-1), say) has it set. Results' NaNs are made positive.
// The passes after SLEEF's functions only select values, so they give the same bits in every
// extension; they are compiled for the widest ones as well (chosen by the loader).
#if MLM_X86
#define PASS __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define PASS
#endif

PASS static void unsigned_nans(double *out, ptrdiff_t n) {
  // A select rather than a branch, so that the loop is vectorized.
  for (ptrdiff_t i = 0; i < n; i++) out[i] = out[i] != out[i] ? __builtin_nan("") : out[i];
}

// Runs `action` for each i < n where `condition` holds. The conditions mark rare inputs and
// the actions call functions, so a loop the compiler vectorizes looks for them 32 elements
// at a time, and only a block that has one runs the scalar loop (a short array goes straight
// to the scalar loop).
#define FOR_EACH_WHERE(n, condition, action)                                                  \
  if ((n) < 32) {                                                                             \
    for (ptrdiff_t i = 0; i < (n); i++)                                                       \
      if (condition) action;                                                                  \
  } else                                                                                      \
    for (ptrdiff_t block = 0; block < (n); block += 32) {                                     \
    ptrdiff_t end = block + 32 < (n) ? block + 32 : (n);                                      \
    int any = 0;                                                                              \
    for (ptrdiff_t i = block; i < end; i++) any |= (condition);                               \
    if (any)                                                                                  \
      for (ptrdiff_t i = block; i < end; i++)                                                 \
        if (condition) action;                                                                \
  }

#define TARGET_AVX512 __attribute__((target("avx512f")))
#define TARGET_AVX __attribute__((target("avx")))

#if MLM_X86
typedef void (*vector_function)(void);
// trampolines.S: call f with the vector(s) at x (and y) in registers and store its result.
void mlm_call_zmm1(vector_function f, const double *x, double *out);
void mlm_call_zmm2(vector_function f, const double *x, const double *y, double *out);
void mlm_call_zmm1_tail(vector_function f, const double *x, double *out, long count);
void mlm_call_zmm2_tail(vector_function f, const double *x, const double *y, double *out, long count);
void mlm_call_ymm1(vector_function f, const double *x, double *out);
void mlm_call_ymm2(vector_function f, const double *x, const double *y, double *out);

// f over x in vectors of `width`; a tail shorter than a vector goes through the same
// function in a zero-padded copy, so every element takes one code path per extension.
static void unary_wide(vector_function f, ptrdiff_t width,
                       void (*call)(vector_function, const double *, double *),
                       const double *x, double *out, ptrdiff_t n) {
  ptrdiff_t i = 0;
  for (; i + width <= n; i += width) call(f, x + i, out + i);
  if (i < n && width == 8) {
    mlm_call_zmm1_tail(f, x + i, out + i, (long)(n - i));
  } else if (i < n) {
    double in[8] = {0}, result[8];
    memcpy(in, x + i, (size_t)(n - i) * sizeof(double));
    call(f, in, result);
    memcpy(out + i, result, (size_t)(n - i) * sizeof(double));
  }
}

// f over (x, y); sx/sy are 1 when that operand is one value repeated.
static void binary_wide(vector_function f, ptrdiff_t width,
                        void (*call)(vector_function, const double *, const double *, double *),
                        const double *x, const double *y, double *out, ptrdiff_t n, int sx, int sy) {
  double bx[8], by[8];
  for (int k = 0; k < 8; k++) {
    bx[k] = x[0];
    by[k] = y[0];
  }
  ptrdiff_t i = 0;
  for (; i + width <= n; i += width) call(f, sx ? bx : x + i, sy ? by : y + i, out + i);
  if (i < n && width == 8) {
    mlm_call_zmm2_tail(f, sx ? bx : x + i, sy ? by : y + i, out + i, (long)(n - i));
  } else if (i < n) {
    double a[8] = {0}, b[8] = {0}, result[8];
    for (ptrdiff_t k = 0; k < n - i; k++) {
      a[k] = x[sx ? 0 : i + k];
      b[k] = y[sy ? 0 : i + k];
    }
    call(f, a, b, result);
    memcpy(out + i, result, (size_t)(n - i) * sizeof(double));
  }
}

#define MLM_DEFINE_UNARY(name, sleef, accuracy, fix)                                           \
  void Sleef_cinz_##sleef##d8_##accuracy##avx512fnofma(void);                               \
  void Sleef_cinz_##sleef##d4_##accuracy##avx(void);                                        \
  __m128d Sleef_cinz_##sleef##d2_##accuracy##sse2(__m128d);                                 \
  double Sleef_cinz_##sleef##d1_##accuracy##purec(double);                                  \
  static void name##_compute(const double *x, double *out, ptrdiff_t n) {                  \
    switch (level) {                                                                        \
    case 3:                                                                                 \
      unary_wide(Sleef_cinz_##sleef##d8_##accuracy##avx512fnofma, 8, mlm_call_zmm1, x, out, n); \
      break;                                                                                \
    case 2:                                                                                 \
      unary_wide(Sleef_cinz_##sleef##d4_##accuracy##avx, 4, mlm_call_ymm1, x, out, n);      \
      break;                                                                                \
    case 1: {                                                                               \
      ptrdiff_t i = 0;                                                                      \
      for (; i + 2 <= n; i += 2)                                                            \
        _mm_storeu_pd(out + i, Sleef_cinz_##sleef##d2_##accuracy##sse2(_mm_loadu_pd(x + i))); \
      if (i < n) out[i] = _mm_cvtsd_f64(Sleef_cinz_##sleef##d2_##accuracy##sse2(_mm_set_pd(0, x[i]))); \
      break;                                                                                \
    }                                                                                       \
    default:                                                                                \
      for (ptrdiff_t i = 0; i < n; i++) out[i] = Sleef_cinz_##sleef##d1_##accuracy##purec(x[i]); \
    }                                                                                       \
  }                                                                                         \
  void mlm_##name(const double *x, double *out, ptrdiff_t n) {                              \
    run_unary(name##_compute, fix, x, out, n);                                              \
  }

#define MLM_DEFINE_BINARY(name, sleef, accuracy)                                            \
  void Sleef_cinz_##sleef##d8_##accuracy##avx512fnofma(void);                               \
  void Sleef_cinz_##sleef##d4_##accuracy##avx(void);                                        \
  __m128d Sleef_cinz_##sleef##d2_##accuracy##sse2(__m128d, __m128d);                        \
  double Sleef_cinz_##sleef##d1_##accuracy##purec(double, double);                          \
  static void name##_any(const double *x, const double *y, double *out, ptrdiff_t n,        \
                         int sx, int sy) {                                                  \
    switch (level) {                                                                        \
    case 3:                                                                                 \
      binary_wide(Sleef_cinz_##sleef##d8_##accuracy##avx512fnofma, 8, mlm_call_zmm2, x, y, out, n, sx, sy); \
      break;                                                                                \
    case 2:                                                                                 \
      binary_wide(Sleef_cinz_##sleef##d4_##accuracy##avx, 4, mlm_call_ymm2, x, y, out, n, sx, sy); \
      break;                                                                                \
    case 1:                                                                                 \
      for (ptrdiff_t i = 0; i < n; i += 2) {                                                \
        double a[2], b[2], r[2];                                                            \
        ptrdiff_t m = n - i < 2 ? n - i : 2;                                                \
        for (ptrdiff_t k = 0; k < 2; k++) {                                                 \
          a[k] = k < m ? x[sx ? 0 : i + k] : 0;                                             \
          b[k] = k < m ? y[sy ? 0 : i + k] : 0;                                             \
        }                                                                                   \
        _mm_storeu_pd(r, Sleef_cinz_##sleef##d2_##accuracy##sse2(_mm_loadu_pd(a), _mm_loadu_pd(b))); \
        memcpy(out + i, r, (size_t)m * sizeof(double));                                     \
      }                                                                                     \
      break;                                                                                \
    default:                                                                                \
      for (ptrdiff_t i = 0; i < n; i++)                                                     \
        out[i] = Sleef_cinz_##sleef##d1_##accuracy##purec(x[sx ? 0 : i], y[sy ? 0 : i]);    \
    }                                                                                       \
    unsigned_nans(out, n);                                                                  \
  }
#else
// Other architectures: SLEEF's portable scalar forms of the same deterministic functions.
#define MLM_DEFINE_UNARY(name, sleef, accuracy, fix)                                           \
  double Sleef_cinz_##sleef##d1_##accuracy##purec(double);                                  \
  static void name##_compute(const double *x, double *out, ptrdiff_t n) {                  \
    for (ptrdiff_t i = 0; i < n; i++) out[i] = Sleef_cinz_##sleef##d1_##accuracy##purec(x[i]); \
  }                                                                                         \
  void mlm_##name(const double *x, double *out, ptrdiff_t n) {                              \
    run_unary(name##_compute, fix, x, out, n);                                              \
  }
#define MLM_DEFINE_BINARY(name, sleef, accuracy)                                            \
  double Sleef_cinz_##sleef##d1_##accuracy##purec(double, double);                          \
  static void name##_any(const double *x, const double *y, double *out, ptrdiff_t n,        \
                         int sx, int sy) {                                                  \
    for (ptrdiff_t i = 0; i < n; i++)                                                       \
      out[i] = Sleef_cinz_##sleef##d1_##accuracy##purec(x[sx ? 0 : i], y[sy ? 0 : i]);      \
    unsigned_nans(out, n);                                                                  \
  }
#endif


// Where SLEEF's functions leave their 1-ULP bound, the inputs are recomputed:
// - exp, sinh and cosh overflow to ∞ a few doubles early (exp from 709.7827128933837,
//   below ln(DBL_MAX) ≈ 709.78271289338397). There e^x = e^709 · e^(x−709), with x − 709
//   exact, e^(x−709) summed as a Taylor series and e^709 stored, all in double-double
//   arithmetic (about 104 bits), then rounded once. sinh and cosh are e^|x|/2 there.
// - asinh and acosh return ∞ beyond |x| ≈ 2^512: for |x| > 2^500, asinh |x| = asinh(|x|·2^−k)
//   + k·ln 2 with |x|·2^−k near 2^100 (the neglected term is below 2^−200 relative), with
//   ln 2 split so that k·ln2_hi is exact (fdlibm's split), and SLEEF's scalar form of the
//   same deterministic function.
// Double-double arithmetic uses fma(), which C99 makes correctly rounded in hardware or
// software, so these paths are deterministic too.
static void no_fix(const double *x, double *out, ptrdiff_t n) {
  (void)x, (void)out, (void)n;
}

typedef struct {
  double hi, lo;
} dd;

static dd quick_two_sum(double a, double b) {
  double s = a + b;
  return (dd){s, b - (s - a)};
}

static dd dd_add(dd a, dd b) {
  double s = a.hi + b.hi, v = s - a.hi;
  double e = (a.hi - (s - v)) + (b.hi - v);
  return quick_two_sum(s, e + a.lo + b.lo);
}

static dd dd_mul(dd a, dd b) {
  double p = a.hi * b.hi;
  if (__builtin_fabs(p) > __DBL_MAX__) return (dd){p, 0};
  double e = __builtin_fma(a.hi, b.hi, -p) + (a.hi * b.lo + a.lo * b.hi);
  return quick_two_sum(p, e);
}

static dd dd_div(dd a, double b) {
  double q1 = a.hi / b, p = q1 * b;
  dd r = dd_add(a, (dd){-p, -__builtin_fma(q1, b, -p)});
  return quick_two_sum(q1, r.hi / b);
}

// e^x · scale for 709 ≤ x < 711 (scale 1 or ½), correctly rounded but for ties within 2^−100.
static double exp_near_overflow(double x, double scale) {
  static const dd e709 = {0x1.d422d2be5dc9bp+1022, -0x1.916aa7a2c8d07p+967};
  dd a = {x - 709.0, 0}, term = {1, 0}, sum = {1, 0};
  for (int k = 1; k <= 45; k++) {
    term = dd_div(dd_mul(term, a), k);
    sum = dd_add(sum, term);
  }
  dd r = dd_mul(sum, (dd){e709.hi * scale, e709.lo * scale});
  return r.hi;
}

PASS static void exp_fix(const double *x, double *out, ptrdiff_t n) {
  FOR_EACH_WHERE(n, (out[i] == __builtin_inf()) & (x[i] >= 709.0) & (x[i] < 709.8),
                 out[i] = exp_near_overflow(x[i], 1.0))
}

PASS static void sinh_fix(const double *x, double *out, ptrdiff_t n) {
  FOR_EACH_WHERE(n,
                 (__builtin_fabs(out[i]) == __builtin_inf()) & (__builtin_fabs(x[i]) >= 709.0) &
                     (__builtin_fabs(x[i]) < 710.5),
                 out[i] = __builtin_copysign(exp_near_overflow(__builtin_fabs(x[i]), 0.5), x[i]))
}

PASS static void cosh_fix(const double *x, double *out, ptrdiff_t n) {
  FOR_EACH_WHERE(n,
                 (out[i] == __builtin_inf()) & (__builtin_fabs(x[i]) >= 709.0) & (__builtin_fabs(x[i]) < 710.5),
                 out[i] = exp_near_overflow(__builtin_fabs(x[i]), 0.5))
}

// - Near 0, sin, tan, asin, atan, sinh, tanh, asinh and atanh are x(1 + c·x²) with |c| ≤ 1/3,
//   so for |x| < 2^−27 the correctly rounded result is x itself (the term is below a quarter
//   of the gap between doubles); likewise expm1 and log1p, x(1 ± x/2 + …), for |x| < 2^−54.
//   SLEEF is up to 1 ULP off there, and returns 0 for tan(5e-324), where NumPy gives x.
// - log1p returns ∞ beyond about 1e307; there log1p x = log x + 1/x to far below an ULP.
PASS static void small_identity(const double *x, double *out, ptrdiff_t n, double below) {
  for (ptrdiff_t i = 0; i < n; i++) out[i] = __builtin_fabs(x[i]) < below ? x[i] : out[i];
}

static void odd_identity(const double *x, double *out, ptrdiff_t n) {
  small_identity(x, out, n, 0x1p-27);
}

static void near_zero_identity(const double *x, double *out, ptrdiff_t n) {
  small_identity(x, out, n, 0x1p-54);
}

double Sleef_cinz_logd1_u10purec(double);

PASS static void log1p_fix(const double *x, double *out, ptrdiff_t n) {
  near_zero_identity(x, out, n);
  FOR_EACH_WHERE(n, (x[i] > 1e300) & (x[i] <= __DBL_MAX__), out[i] = Sleef_cinz_logd1_u10purec(x[i]) + 1 / x[i])
}

PASS static void asinh_fix(const double *x, double *out, ptrdiff_t n);

static void asinh_fixes(const double *x, double *out, ptrdiff_t n) {
  odd_identity(x, out, n);
  asinh_fix(x, out, n);
}

PASS static void sinh_fix(const double *x, double *out, ptrdiff_t n);

static void sinh_fixes(const double *x, double *out, ptrdiff_t n) {
  odd_identity(x, out, n);
  sinh_fix(x, out, n);
}

static const double ln2_hi = 6.93147180369123816490e-01;
static const double ln2_lo = 1.90821492927058770002e-10;

double Sleef_cinz_asinhd1_u10purec(double);
double Sleef_cinz_acoshd1_u10purec(double);

// asinh or acosh of a > 2^500 through f(a·2^−k) + k·ln 2.
static double inverse_hyperbolic_of_huge(double (*f)(double), double a) {
  int k = __builtin_ilogb(a) - 100;
  // k·ln2_hi + f(…) summed exactly (two-sum), so that the result is rounded once.
  dd s = dd_add((dd){(double)k * ln2_hi, 0}, (dd){f(__builtin_ldexp(a, -k)), 0});
  return s.hi + (s.lo + (double)k * ln2_lo);
}

PASS static void asinh_fix(const double *x, double *out, ptrdiff_t n) {
  FOR_EACH_WHERE(
      n, (__builtin_fabs(x[i]) > 0x1p500) & (__builtin_fabs(x[i]) <= __DBL_MAX__),
      out[i] = __builtin_copysign(inverse_hyperbolic_of_huge(Sleef_cinz_asinhd1_u10purec, __builtin_fabs(x[i])), x[i]))
}

PASS static void acosh_fix(const double *x, double *out, ptrdiff_t n) {
  FOR_EACH_WHERE(n, (x[i] > 0x1p500) & (x[i] <= __DBL_MAX__),
                 out[i] = inverse_hyperbolic_of_huge(Sleef_cinz_acoshd1_u10purec, x[i]))
}

// Runs `compute` then `fix` (which reads the inputs again) over x. When the results overwrite
// the inputs and there is something to fix, the inputs are kept block by block first.
static void run_unary(void (*compute)(const double *, double *, ptrdiff_t),
                      void (*fix)(const double *, double *, ptrdiff_t), const double *x,
                      double *out, ptrdiff_t n) {
  if (fix == no_fix || x != out) {
    compute(x, out, n);
    fix(x, out, n);
  } else {
    double saved[256];
    for (ptrdiff_t start = 0; start < n; start += 256) {
      ptrdiff_t m = n - start < 256 ? n - start : 256;
      memcpy(saved, x + start, (size_t)m * sizeof(double));
      compute(saved, out + start, m);
      fix(saved, out + start, m);
    }
  }
  unsigned_nans(out, n);
}

MLM_DEFINE_UNARY(exp, exp, u10, exp_fix)
MLM_DEFINE_UNARY(exp2, exp2, u10, no_fix)
MLM_DEFINE_UNARY(exp10, exp10, u10, no_fix)
MLM_DEFINE_UNARY(expm1, expm1, u10, near_zero_identity)
MLM_DEFINE_UNARY(log, log, u10, no_fix)
MLM_DEFINE_UNARY(log2, log2, u10, no_fix)
MLM_DEFINE_UNARY(log10, log10, u10, no_fix)
MLM_DEFINE_UNARY(log1p, log1p, u10, log1p_fix)
MLM_DEFINE_UNARY(sin, sin, u10, odd_identity)
MLM_DEFINE_UNARY(cos, cos, u10, no_fix)
MLM_DEFINE_UNARY(tan, tan, u10, odd_identity)
MLM_DEFINE_UNARY(asin, asin, u10, odd_identity)
MLM_DEFINE_UNARY(acos, acos, u10, no_fix)
MLM_DEFINE_UNARY(atan, atan, u10, odd_identity)
MLM_DEFINE_UNARY(sinh, sinh, u10, sinh_fixes)
MLM_DEFINE_UNARY(cosh, cosh, u10, cosh_fix)
MLM_DEFINE_UNARY(tanh, tanh, u10, odd_identity)
MLM_DEFINE_UNARY(asinh, asinh, u10, asinh_fixes)
MLM_DEFINE_UNARY(acosh, acosh, u10, acosh_fix)
MLM_DEFINE_UNARY(atanh, atanh, u10, odd_identity)
MLM_DEFINE_UNARY(cbrt, cbrt, u10, no_fix)
MLM_DEFINE_UNARY(erf, erf, u10, no_fix)
MLM_DEFINE_BINARY(pow, pow, u10)
MLM_DEFINE_BINARY(atan2, atan2, u10)

// SLEEF's pow also overflows a few doubles below DBL_MAX. For an integer exponent the
// result is recomputed as (x/2)^y · 2^y, where halving and the power of two are exact.
// (A non-integer exponent whose result is within a few ULPs of DBL_MAX keeps SLEEF's ∞.)
static void pow_fix_one(const double *x, const double *y, double *out, ptrdiff_t i, int sx, int sy) {
  double a = x[sx ? 0 : i], b = y[sy ? 0 : i];
  if (__builtin_fabs(a) <= __DBL_MAX__ && b == __builtin_trunc(b) && b >= 1 && b <= 1100) {
    double half, reduced = a / 2;
    pow_any(&reduced, &b, &half, 1, 0, 0);
    out[i] = __builtin_ldexp(half, (int)b);
  }
}

PASS static void pow_fix(const double *x, const double *y, double *out, ptrdiff_t n, int sx, int sy) {
  FOR_EACH_WHERE(n, __builtin_fabs(out[i]) == __builtin_inf(), pow_fix_one(x, y, out, i, sx, sy))
}

// pow over x and y (sx/sy: one value repeated), keeping the inputs for pow_fix when the
// results overwrite one of them.
static void run_pow(const double *x, const double *y, double *out, ptrdiff_t n, int sx, int sy) {
  if (n <= 0) return;
  if (x != out && y != out) {
    pow_any(x, y, out, n, sx, sy);
    pow_fix(x, y, out, n, sx, sy);
    return;
  }
  double a[256], b[256];
  for (ptrdiff_t start = 0; start < n; start += 256) {
    ptrdiff_t m = n - start < 256 ? n - start : 256;
    const double *xs = sx ? x : x + start, *ys = sy ? y : y + start;
    if (!sx) xs = memcpy(a, xs, (size_t)m * sizeof(double));
    if (!sy) ys = memcpy(b, ys, (size_t)m * sizeof(double));
    pow_any(xs, ys, out + start, m, sx, sy);
    pow_fix(xs, ys, out + start, m, sx, sy);
  }
}

void mlm_pow(const double *x, const double *y, double *out, ptrdiff_t n) {
  run_pow(x, y, out, n, 0, 0);
}

void mlm_pow_scalar_exponent(const double *x, double p, double *out, ptrdiff_t n) {
  run_pow(x, &p, out, n, 0, 1);
}

void mlm_pow_scalar_base(double b, const double *y, double *out, ptrdiff_t n) {
  run_pow(&b, y, out, n, 1, 0);
}

void mlm_atan2(const double *y, const double *x, double *out, ptrdiff_t n) {
  if (n > 0) atan2_any(y, x, out, n, 0, 0);
}

// The square root is correctly rounded in IEEE 754 arithmetic, so every extension's
// instruction gives the same bits; it only needs the widest one.
#if MLM_X86
TARGET_AVX512 static void sqrt_avx512(const double *x, double *out, ptrdiff_t n) {
  ptrdiff_t i = 0;
  for (; i + 8 <= n; i += 8) _mm512_storeu_pd(out + i, _mm512_sqrt_pd(_mm512_loadu_pd(x + i)));
  if (i < n) {
    __mmask8 mask = (__mmask8)((1u << (n - i)) - 1);
    _mm512_mask_storeu_pd(out + i, mask, _mm512_sqrt_pd(_mm512_maskz_loadu_pd(mask, x + i)));
  }
}

TARGET_AVX static void sqrt_avx(const double *x, double *out, ptrdiff_t n) {
  ptrdiff_t i = 0;
  for (; i + 4 <= n; i += 4) _mm256_storeu_pd(out + i, _mm256_sqrt_pd(_mm256_loadu_pd(x + i)));
  for (; i < n; i++) out[i] = _mm_cvtsd_f64(_mm_sqrt_sd(_mm_setzero_pd(), _mm_set_sd(x[i])));
}
#endif

void mlm_sqrt(const double *x, double *out, ptrdiff_t n) {
#if MLM_X86
  if (level == 3) {
    sqrt_avx512(x, out, n);
  } else if (level == 2) {
    sqrt_avx(x, out, n);
  } else {
    ptrdiff_t i = 0;
    for (; i + 2 <= n; i += 2) _mm_storeu_pd(out + i, _mm_sqrt_pd(_mm_loadu_pd(x + i)));
    for (; i < n; i++) out[i] = _mm_cvtsd_f64(_mm_sqrt_sd(_mm_setzero_pd(), _mm_set_sd(x[i])));
  }
#else
  for (ptrdiff_t i = 0; i < n; i++) out[i] = __builtin_sqrt(x[i]);
#endif
  unsigned_nans(out, n);
}
