#ifndef CMARK_MATH_H
#define CMARK_MATH_H

#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>

/// The `$…$` / `$$…$$` syntax extension. It sees the raw bytes of a paragraph
/// (or table cell) before emphasis and backslash escapes are processed, and
/// turns each formula into a CODE-typed node that carries this extension, the
/// formula in its literal. (A brand-new node type would be dropped from table
/// cells by the GFM table extension.)
///
/// Returns the process-wide extension object; safe to call from any thread.
cmark_syntax_extension *cmark_math_extension(void);

/// Whether `node` is a formula produced by the math extension.
int cmark_math_node_is_math(cmark_node *node);

/// Whether a math node is display math (`$$…$$`) rather than inline (`$…$`).
int cmark_math_node_is_display(cmark_node *node);

#endif
