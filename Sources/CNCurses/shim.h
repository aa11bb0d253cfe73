#ifndef TEKSER_CNCURSES_SHIM_H
#define TEKSER_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

// Swift cannot see function-like macros or (in Swift 6 mode) mutable C globals:
// these wrappers are the only way Swift reaches them.

/// libc's column count of one code point; Glibc's Swift module does not export it.
int wcwidth(wchar_t c);

static inline SCREEN *tekser_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline WINDOW *tekser_stdscr(void) { return stdscr; }
static inline int tekser_lines(void) { return getmaxy(stdscr); }
static inline int tekser_columns(void) { return getmaxx(stdscr); }
static inline int tekser_colors(void) { return COLORS; }
static inline int tekser_color_pairs(void) { return COLOR_PAIRS; }
static inline int tekser_key_f0(void) { return KEY_F0; }

/// Sets the attributes for the following writes to stdscr.
static inline void tekser_set_attributes(int bold, int reverse, int underline, int dim, short pair) {
    attr_t attributes = A_NORMAL;
    if (bold) attributes |= A_BOLD;
    if (reverse) attributes |= A_REVERSE;
    if (underline) attributes |= A_UNDERLINE;
    if (dim) attributes |= A_DIM;
    attr_set(attributes, pair, NULL);
}

/// Press and wheel events only: a click is reported on press, with no double-click delay.
static inline mmask_t tekser_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}

/// 1 for a left press, 4 for wheel up, 5 for wheel down, 0 for anything else.
static inline int tekser_mouse_button(mmask_t state) {
    if (state & BUTTON1_PRESSED) return 1;
    if (state & BUTTON4_PRESSED) return 4;
    if (state & BUTTON5_PRESSED) return 5;
    return 0;
}

/// The terminfo string for `name`, or NULL when the terminal lacks it.
static inline const char *tekser_terminfo_string(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}
#endif
