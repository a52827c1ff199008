#include "cmark_math.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// Markers stored as user data: the node's kind, without any allocation to free.
static const char display_marker[] = "display";
static const char inline_marker[] = "inline";

static cmark_syntax_extension *math_extension = NULL;
static pthread_once_t math_extension_once = PTHREAD_ONCE_INIT;

static int is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0;
}

static int is_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Finds the closing delimiter of a formula whose content starts at `start`.
// Returns the offset of the closing `$` (the first of `$$` for display math),
// or -1. A backslash escapes the next byte, so `\$` never closes a formula.
static int find_closer(cmark_inline_parser *parser, int start, int display) {
  int pos = start;
  for (;;) {
    unsigned char c = cmark_inline_parser_peek_at(parser, pos);
    if (c == 0) return -1;
    if (c == '\\') {
      if (cmark_inline_parser_peek_at(parser, pos + 1) == 0) return -1;
      pos += 2;
      continue;
    }
    if (c == '$') {
      if (display) {
        if (cmark_inline_parser_peek_at(parser, pos + 1) == '$') return pos;
      } else {
        unsigned char before = cmark_inline_parser_peek_at(parser, pos - 1);
        unsigned char after = cmark_inline_parser_peek_at(parser, pos + 1);
        // Pandoc's rule: no space before the closer, no digit after it.
        if (!is_space(before) && !is_digit(after)) return pos;
      }
    }
    pos += 1;
  }
}

static cmark_node *match_math(cmark_syntax_extension *self, cmark_parser *parser,
                              cmark_node *parent, unsigned char character,
                              cmark_inline_parser *inline_parser) {
  (void)parser;
  (void)parent;
  if (character != '$') return NULL;
  int offset = cmark_inline_parser_get_offset(inline_parser);
  if (offset > 0) {
    unsigned char before = cmark_inline_parser_peek_at(inline_parser, offset - 1);
    // `US$5`, `a$b`: a dollar glued to a word is currency or text, not math.
    if (is_alnum(before) || before == '$') return NULL;
  }
  int display = cmark_inline_parser_peek_at(inline_parser, offset + 1) == '$';
  int start = offset + (display ? 2 : 1);
  unsigned char first = cmark_inline_parser_peek_at(inline_parser, start);
  if (first == 0) return NULL;
  if (!display && is_space(first)) return NULL;
  int closer = find_closer(inline_parser, start, display);
  if (closer < 0 || closer == start) return NULL;

  int length = closer - start;
  char *text = (char *)malloc((size_t)length + 1);
  if (text == NULL) return NULL;
  for (int i = 0; i < length; i++) {
    text[i] = (char)cmark_inline_parser_peek_at(inline_parser, start + i);
  }
  text[length] = 0;

  cmark_node *node = cmark_node_new_with_ext(CMARK_NODE_CODE, self);
  cmark_node_set_literal(node, text);
  free(text);
  cmark_node_set_user_data(node, (void *)(display ? display_marker : inline_marker));
  cmark_inline_parser_set_offset(inline_parser, closer + (display ? 2 : 1));
  return node;
}

static const char *get_type_string(cmark_syntax_extension *extension, cmark_node *node) {
  (void)extension;
  return cmark_math_node_is_display(node) ? "math_display" : "math_inline";
}

static void create_extension(void) {
  cmark_syntax_extension *ext = cmark_syntax_extension_new("math");
  cmark_mem *mem = cmark_get_default_mem_allocator();
  cmark_llist *chars = cmark_llist_append(mem, NULL, (void *)(unsigned long)'$');
  cmark_syntax_extension_set_special_inline_chars(ext, chars);
  cmark_syntax_extension_set_match_inline_func(ext, match_math);
  cmark_syntax_extension_set_get_type_string_func(ext, get_type_string);
  math_extension = ext;
}

cmark_syntax_extension *cmark_math_extension(void) {
  pthread_once(&math_extension_once, create_extension);
  return math_extension;
}

int cmark_math_node_is_math(cmark_node *node) {
  return math_extension != NULL && cmark_node_get_syntax_extension(node) == math_extension &&
         cmark_node_get_type(node) == CMARK_NODE_CODE;
}

int cmark_math_node_is_display(cmark_node *node) {
  return cmark_node_get_user_data(node) == (void *)display_marker;
}
