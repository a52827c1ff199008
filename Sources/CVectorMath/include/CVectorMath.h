// Elementwise math over arrays of doubles, on SLEEF's deterministic functions, and
// arithmetic and extremes in the widest vector extension of the CPU.
//
// Every function below writes f(x[i]) (or f(x[i], y[i])) to out[i] for i < n.
// `out` may be the same array as an input. Results are bit-identical on every
// CPU: only SLEEF's "cinz" variants are used (deterministic, no FMA), which give
// the same bits in their SSE2, AVX, AVX-512F and scalar forms.
#ifndef CVECTORMATH_H
#define CVECTORMATH_H

#include <stddef.h>

#define MLM_UNARY(name) void mlm_##name(const double *x, double *out, ptrdiff_t n);
MLM_UNARY(exp)
MLM_UNARY(exp2)
MLM_UNARY(exp10)
MLM_UNARY(expm1)
MLM_UNARY(log)
MLM_UNARY(log2)
MLM_UNARY(log10)
MLM_UNARY(log1p)
MLM_UNARY(sin)
MLM_UNARY(cos)
MLM_UNARY(tan)
MLM_UNARY(asin)
MLM_UNARY(acos)
MLM_UNARY(atan)
MLM_UNARY(sinh)
MLM_UNARY(cosh)
MLM_UNARY(tanh)
MLM_UNARY(asinh)
MLM_UNARY(acosh)
MLM_UNARY(atanh)
MLM_UNARY(cbrt)
MLM_UNARY(erf)
MLM_UNARY(sqrt)
#undef MLM_UNARY

/// out[i] = pow(x[i], y[i]).
void mlm_pow(const double *x, const double *y, double *out, ptrdiff_t n);
/// out[i] = pow(x[i], p).
void mlm_pow_scalar_exponent(const double *x, double p, double *out, ptrdiff_t n);
/// out[i] = pow(b, y[i]).
void mlm_pow_scalar_base(double b, const double *y, double *out, ptrdiff_t n);
/// out[i] = atan2(y[i], x[i]).
void mlm_atan2(const double *y, const double *x, double *out, ptrdiff_t n);

/// The four operations of `mlm_arithmetic` and its scalar forms.
enum { MLM_ADD = 0, MLM_SUBTRACT = 1, MLM_MULTIPLY = 2, MLM_DIVIDE = 3 };
/// out[i] = x[i] op y[i] (IEEE 754, correctly rounded: the same bits in every extension).
void mlm_arithmetic(int op, const double *x, const double *y, double *out, ptrdiff_t n);
/// out[i] = x[i] op s.
void mlm_arithmetic_scalar(int op, const double *x, double s, double *out, ptrdiff_t n);
/// out[i] = s op y[i].
void mlm_scalar_arithmetic(int op, double s, const double *y, double *out, ptrdiff_t n);
/// The largest (largest != 0) or smallest of x[0..<n], n >= 1; NaN (positive) if any element
/// is NaN. Of equal elements (-0 and +0), the later one in x.
double mlm_extreme(const double *x, ptrdiff_t n, int largest);

/// The vector width in use: "avx512f", "avx", "sse2" or "scalar".
const char *mlm_vector_extension(void);

/// Forces a narrower vector extension (0 scalar, 1 SSE2, 2 AVX, 3 AVX-512F), capped at what
/// the CPU supports; returns the level now in use. For tests that compare the extensions.
int mlm_set_vector_extension(int level);

#endif
