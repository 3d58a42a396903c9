#ifndef VERBATIM_CNCURSES_SHIM_H
#define VERBATIM_CNCURSES_SHIM_H
// SwiftPM drops pkg-config cflags, so the wide-character API must be switched on here.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <curses.h>

// Swift cannot import curses' function-like macros or its mutable globals under
// Swift 6 concurrency checking; these accessors stand in for them.
static inline WINDOW *vb_stdscr(void) { return stdscr; }
static inline int vb_lines(void) { return LINES; }
static inline int vb_cols(void) { return COLS; }
static inline int vb_colors(void) { return COLORS; }
static inline int vb_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t vb_a_normal(void) { return A_NORMAL; }
static inline attr_t vb_a_bold(void) { return A_BOLD; }
static inline attr_t vb_a_dim(void) { return A_DIM; }
static inline attr_t vb_a_underline(void) { return A_UNDERLINE; }
static inline attr_t vb_a_reverse(void) { return A_REVERSE; }
static inline attr_t vb_a_italic(void) { return A_ITALIC; }
static inline attr_t vb_a_standout(void) { return A_STANDOUT; }
static inline int vb_key_f(int n) { return KEY_F(n); }
/// Where curses believes the terminal's cursor is (its physical screen's cursor).
static inline int vb_cursor_row(void) { return getcury(curscr); }
static inline int vb_cursor_column(void) { return getcurx(curscr); }

/// Whether the terminal can move the cursor at all (TERM=dumb cannot): without it there is no screen to draw.
static inline int vb_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

static inline mmask_t vb_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t vb_button1_any(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t vb_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t vb_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t vb_button5_pressed(void) { return 0; }
#endif
static inline mmask_t vb_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

/// Reads one mouse event; returns OK and fills y, x and the button state.
static inline int vb_get_mouse(int *y, int *x, mmask_t *state) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return ERR;
    *y = ev.y; *x = ev.x; *state = ev.bstate;
    return OK;
}

/// Writes one grapheme cluster (up to CCHARW_MAX wide chars) at y, x with the given attributes.
static inline int vb_put_cluster(int y, int x, const wchar_t *chars, int count, attr_t attrs, short pair) {
    wchar_t buf[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < n; i++) buf[i] = chars[i];
    buf[n] = L'\0';
    cchar_t cell;
    if (setcchar(&cell, buf, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}
#endif
