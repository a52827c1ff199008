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

// Commands whose braced argument is text, where `$` opens and closes math
// nested in the text instead of ending the formula. The TeX module's
// `CommandTables.textArgumentCommands` lists the same names (a test compares).
static const char *const text_commands[] = {
    "text", "textrm", "textnormal", "textup", "textbf", "textit", "textsf", "texttt",
    "emph",  "mbox",   "hbox",       "fbox",   "tag",
};

static int is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static int is_text_command(const unsigned char *name, int length) {
  for (size_t i = 0; i < sizeof text_commands / sizeof text_commands[0]; i++) {
    if ((int)strlen(text_commands[i]) == length && memcmp(text_commands[i], name, (size_t)length) == 0) {
      return 1;
    }
  }
  return 0;
}

// What the scanner knows about the paragraph (or table cell) being inline-parsed.
//
// A scan for a closer walks from one position to the next: `next(x)` skips a
// backslash pair, a command name or a whole text group, and depends only on
// `x`, not on where the scan started. So the scan result from `x` (the first
// closer on the walk, or -1) is a function of `x`, and once one scan has
// walked through `x` every later scan that reaches `x` stops there with the
// same answer. Every position is walked at most once per kind of formula, so
// all the `$` of a paragraph cost time linear in its length; without this,
// each of n unclosed `$` rescans to the end of the paragraph (O(n²)).
//
// The memo belongs to one paragraph: cmark parses the inlines of a document
// after all its blocks, with every block node alive, so within a document the
// paragraph node identifies the paragraph. Between documents node addresses
// are reused, so the postprocess step (which runs after all inline parsing)
// drops the memo. It is per thread, so parses on different threads never
// share one.
typedef struct {
  cmark_parser *parser;
  cmark_node *paragraph;
  int last_offset;
  int length;
  // Per position: the scan result from there for inline (0) and display (1)
  // formulas, or `unknown`; allocated on first use.
  int *result[2];
  // Per `{`: the offset of its matching `}`, or -1; built on first use.
  int *group_end;
} paragraph_memo;

enum { unknown = -2 };

static _Thread_local paragraph_memo memo;

static void memo_clear(void) {
  free(memo.result[0]);
  free(memo.result[1]);
  free(memo.group_end);
  memset(&memo, 0, sizeof memo);
}

// Makes `memo` describe the paragraph being parsed; `offset` is the `$` at hand.
static void memo_select(cmark_parser *parser, cmark_node *paragraph,
                        cmark_inline_parser *inline_parser, int offset) {
  if (memo.parser == parser && memo.paragraph == paragraph && offset > memo.last_offset &&
      memo.length > 0) {
    memo.last_offset = offset;
    return;
  }
  memo_clear();
  memo.parser = parser;
  memo.paragraph = paragraph;
  memo.last_offset = offset;
  // The inline parser's input ends with a NUL byte (cmark turns NULs in the
  // source into U+FFFD), so its length is where the first NUL is.
  int length = offset;
  while (cmark_inline_parser_peek_at(inline_parser, length) != 0) length++;
  memo.length = length;
}

static int *memo_results(int display) {
  if (memo.result[display] == NULL) {
    int *table = (int *)malloc(sizeof(int) * (size_t)(memo.length + 1));
    if (table == NULL) return NULL;
    for (int i = 0; i <= memo.length; i++) table[i] = unknown;
    memo.result[display] = table;
  }
  return memo.result[display];
}

// Matches braces over the whole paragraph, as TeX's lexer sees them: a
// backslash takes the next byte with it, so `\{` and `\}` are not braces.
static int *memo_group_ends(cmark_inline_parser *parser) {
  if (memo.group_end != NULL) return memo.group_end;
  int *ends = (int *)malloc(sizeof(int) * (size_t)(memo.length + 1));
  if (ends == NULL) return NULL;
  int top = -1;  // the innermost open `{`; ends[open] links to the one outside it
  for (int pos = 0; pos < memo.length; pos++) {
    unsigned char c = cmark_inline_parser_peek_at(parser, pos);
    if (c == '\\') {
      pos++;
    } else if (c == '{') {
      ends[pos] = top;
      top = pos;
    } else if (c == '}' && top >= 0) {
      int open = top;
      top = ends[open];
      ends[open] = pos;
    }
  }
  while (top >= 0) {
    int outer = ends[top];
    ends[top] = -1;
    top = outer;
  }
  memo.group_end = ends;
  return ends;
}

enum { closes = -3, failed = -4 };

// One step of the scan from `pos`: the next position, `closes` if the `$`
// at `pos` closes a formula of this kind, or `failed` when out of memory.
static int scan_step(cmark_inline_parser *parser, int pos, int display) {
  unsigned char c = cmark_inline_parser_peek_at(parser, pos);
  if (c == '$') {
    if (display) return cmark_inline_parser_peek_at(parser, pos + 1) == '$' ? closes : pos + 1;
    unsigned char before = cmark_inline_parser_peek_at(parser, pos - 1);
    unsigned char after = cmark_inline_parser_peek_at(parser, pos + 1);
    // Pandoc's rule: no space before the closer, no digit after it.
    return !is_space(before) && !is_digit(after) ? closes : pos + 1;
  }
  if (c != '\\') return pos + 1;
  if (!is_letter(cmark_inline_parser_peek_at(parser, pos + 1))) return pos + 2;
  int end = pos + 1;
  while (is_letter(cmark_inline_parser_peek_at(parser, end))) end++;
  unsigned char name[16];
  int length = end - pos - 1;
  if (length >= (int)sizeof name) return end;
  for (int i = 0; i < length; i++) name[i] = cmark_inline_parser_peek_at(parser, pos + 1 + i);
  if (!is_text_command(name, length)) return end;
  // `\text {…}` and `\tag*{…}`: the whole group is text, and a `$` in it
  // opens or closes math inside the text, never the formula.
  int brace = end;
  while (is_space(cmark_inline_parser_peek_at(parser, brace)) && brace < memo.length) brace++;
  if (cmark_inline_parser_peek_at(parser, brace) == '*') brace++;
  while (is_space(cmark_inline_parser_peek_at(parser, brace)) && brace < memo.length) brace++;
  if (cmark_inline_parser_peek_at(parser, brace) != '{') return end;
  int *ends = memo_group_ends(parser);
  if (ends == NULL) return failed;
  return ends[brace] < 0 ? memo.length : ends[brace] + 1;
}

// Finds the closing delimiter of a formula whose content starts at `start`.
// Returns the offset of the closing `$` (the first of `$$` for display math),
// or -1. A backslash escapes the next byte, so `\$` never closes a formula,
// and a `$` inside the braces of `\text{…}` and its kin belongs to the text.
static int find_closer(cmark_inline_parser *parser, int start, int display) {
  int *results = memo_results(display);
  if (results == NULL) return -1;
  int pos = start;
  int result;
  for (;;) {
    if (pos >= memo.length) {
      result = -1;
      break;
    }
    if (results[pos] != unknown) {
      result = results[pos];
      break;
    }
    int next = scan_step(parser, pos, display);
    if (next == failed) return -1;
    if (next == closes) {
      result = pos;
      break;
    }
    pos = next;
  }
  // Every position the walk passed through has the same answer.
  int stop = pos;
  for (pos = start; pos < stop && pos < memo.length && results[pos] == unknown;) {
    results[pos] = result;
    pos = scan_step(parser, pos, display);
    if (pos < 0) break;
  }
  if (stop < memo.length) results[stop] = result;
  return result;
}

static cmark_node *match_math(cmark_syntax_extension *self, cmark_parser *parser,
                              cmark_node *parent, unsigned char character,
                              cmark_inline_parser *inline_parser) {
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
  memo_select(parser, parent, inline_parser, offset);
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

// Runs after all inline parsing of a document: the memo's node addresses may
// be reused by the next document.
static cmark_node *postprocess(cmark_syntax_extension *extension, cmark_parser *parser,
                               cmark_node *root) {
  (void)extension;
  (void)parser;
  (void)root;
  memo_clear();
  return NULL;
}

static void create_extension(void) {
  cmark_syntax_extension *ext = cmark_syntax_extension_new("math");
  cmark_mem *mem = cmark_get_default_mem_allocator();
  cmark_llist *chars = cmark_llist_append(mem, NULL, (void *)(unsigned long)'$');
  cmark_syntax_extension_set_special_inline_chars(ext, chars);
  cmark_syntax_extension_set_match_inline_func(ext, match_math);
  cmark_syntax_extension_set_get_type_string_func(ext, get_type_string);
  cmark_syntax_extension_set_postprocess_func(ext, postprocess);
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
