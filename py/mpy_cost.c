/* mpy_cost.c: the import-cost model: the world (firmware, stand-ins, library), the abstract
   heap and what survives a collection, loading a .mpy file the way the runtime does, and the
   import machinery (sys.modules, packages, relative imports). The bytecode interpreter that
   runs module bodies is in mpy_cost_vm.c. docs/cost-model.md states every fact used here. */
#include "mpy_cost.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mpy_cost_int.h"

/* ==================================================================================
   Small things
   ================================================================================== */

static const char *const kind_names[MPC_KIND__N] = {
    "bytecode", "code", "qstrs", "constants", "functions", "classes", "dicts", "data", "modules",
};

const char *mpc_kind_name(mpc_kind k) {
    return (unsigned)k < MPC_KIND__N ? kind_names[k] : "?";
}

size_t mpc_blocks(size_t bytes) {
    return (bytes + MPC_BLOCK - 1) / MPC_BLOCK * MPC_BLOCK;
}

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "mpy_cost: out of memory\n");
        abort();
    }
    return q;
}

static char *xstrdup(const char *t) {
    size_t n = strlen(t);
    char *p = xrealloc(NULL, n + 1);
    memcpy(p, t, n + 1);
    return p;
}

#define GROW(arr, n, cap)                                                     \
    do {                                                                      \
        if ((n) >= (cap)) {                                                   \
            (cap) = (cap) ? (cap) * 2 : 16;                                   \
            (arr) = xrealloc((arr), sizeof(*(arr)) * (size_t)(cap));          \
        }                                                                     \
    } while (0)

val vobj(uint32_t id) {
    val v = {V_OBJ, id, 0};
    return v;
}

val vint(int64_t i) {
    val v = {V_INT, 0, i};
    return v;
}

val vq(uint32_t id) {
    val v = {V_QSTR, id, 0};
    return v;
}

val vk(int k) {
    val v = {(uint8_t)k, 0, 0};
    return v;
}

/* ==================================================================================
   The firmware
   ================================================================================== */

/* CircuitPython's built-in modules (core and port modules of CircuitPython 9 and 10; a board
   has a subset). Their attributes are not known, so any name imports. */
static const char *const cp_module_names[] = {
    "_bleio", "_eve", "_pixelmap", "_stage", "adafruit_pixelbuf", "aesio", "alarm", "analogbufio",
    "analogio", "array", "atexit", "audiobusio", "audiocore", "audiodelays", "audiofilters",
    "audioio", "audiomixer", "audiomp3", "audiopwmio", "aurora_epaper", "binascii", "bitbangio",
    "bitmapfilter", "bitmaptools", "bitops", "board", "builtins", "busdisplay", "busio", "camera",
    "canio", "codeop", "collections", "countio", "digitalio", "displayio", "dualbank",
    "epaperdisplay", "errno", "espcamera", "espidf", "espnow", "espulp", "floppyio", "fontio",
    "fourwire", "framebufferio", "frequencyio", "gc", "getpass", "gifio", "gnss", "hashlib",
    "i2cdisplaybus", "i2ctarget", "imagecapture", "io", "ipaddress", "is31fl3741", "jpegio",
    "json", "keypad", "keypad_demux", "locale", "math", "max3421e", "mdns", "memorymap",
    "memorymonitor", "microcontroller", "micropython", "msgpack", "neopixel_write", "nvm",
    "onewireio", "os", "paralleldisplaybus", "picodvi", "ps2io", "pulseio", "pwmio", "qrio",
    "rainbowio", "random", "re", "rgbmatrix", "rotaryio", "rp2pio", "rtc", "sdcardio", "sdioio",
    "select", "sharpdisplay", "socketpool", "ssl", "storage", "struct", "supervisor", "synthio",
    "sys", "terminalio", "tilepalettemapper", "time", "touchio", "traceback", "ulab", "usb",
    "usb_cdc", "usb_hid", "usb_host", "usb_midi", "usb_video", "vectorio", "warnings",
    "watchdog", "wifi", "zlib",
};

static int fw_cmp(const char *a, size_t alen, const char *b) {
    size_t blen = strlen(b);
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c) {
        return c;
    }
    return alen < blen ? -1 : alen > blen;
}

static bool fw_has_qstr(const char *t, size_t len) {
    size_t lo = 0, hi = mpc_fw_mp_n_qstrs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = fw_cmp(t, len, mpc_fw_mp_qstrs[mid]);
        if (c == 0) {
            return true;
        }
        if (c < 0) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return len == 0;
}

mpc_world *mpc_world_new(mpc_firmware fw) {
    mpc_world *w = xrealloc(NULL, sizeof *w);
    memset(w, 0, sizeof *w);
    w->fw = fw;
    w->a = arena_new();
    if (!w->a) {
        free(w);
        return NULL;
    }
    if (fw == MPC_FW_MICROPYTHON) {
        wbuiltin *b = arena_alloc(w->a, sizeof *b * mpc_fw_mp_n_modules);
        for (size_t i = 0; i < mpc_fw_mp_n_modules; i++) {
            b[i].name = mpc_fw_mp_modules[i].name;
            b[i].attrs = mpc_fw_mp_modules[i].attrs;
        }
        w->builtins = b;
        w->n_builtins = mpc_fw_mp_n_modules;
    } else {
        size_t n = sizeof cp_module_names / sizeof cp_module_names[0];
        wbuiltin *b = arena_alloc(w->a, sizeof *b * n);
        for (size_t i = 0; i < n; i++) {
            b[i].name = cp_module_names[i];
            b[i].attrs = NULL;
            /* The core modules CircuitPython shares with MicroPython: use the VM's names where
               CircuitPython has the same module, except time (monotonic and friends differ). */
            for (size_t j = 0; j < mpc_fw_mp_n_modules; j++) {
                if (strcmp(mpc_fw_mp_modules[j].name, b[i].name) == 0 && strcmp(b[i].name, "time") != 0 &&
                    strcmp(b[i].name, "micropython") != 0 && strcmp(b[i].name, "sys") != 0 &&
                    strcmp(b[i].name, "os") != 0) {
                    b[i].attrs = mpc_fw_mp_modules[j].attrs;
                }
            }
        }
        w->builtins = b;
        w->n_builtins = n;
    }
    return w;
}

void mpc_world_free(mpc_world *w) {
    if (!w) {
        return;
    }
    free(w->mods);
    arena_free(w->a);
    free(w);
}

static const wmod *world_find(const mpc_world *w, const char *name) {
    for (size_t i = 0; i < w->n_mods; i++) {
        if (strcmp(w->mods[i].name, name) == 0) {
            return &w->mods[i];
        }
    }
    return NULL;
}

static const wbuiltin *world_builtin(const mpc_world *w, const char *name, size_t len) {
    for (size_t i = 0; i < w->n_builtins; i++) {
        if (strlen(w->builtins[i].name) == len && memcmp(w->builtins[i].name, name, len) == 0) {
            return &w->builtins[i];
        }
    }
    return NULL;
}

static bool world_add(mpc_world *w, const char *name, bool is_package, const char *path, const mpr_file *f,
                      bool stub) {
    if (world_find(w, name)) {
        return false;
    }
    GROW(w->mods, w->n_mods, w->cap_mods);
    wmod *m = &w->mods[w->n_mods++];
    m->name = arena_dup(w->a, name, strlen(name));
    m->path = arena_dup(w->a, path, strlen(path));
    m->is_pkg = is_package;
    m->stub = stub;
    m->f = f;
    return true;
}

bool mpc_world_add_module(mpc_world *w, const char *name, bool is_package, const char *board_path,
                          const mpr_file *f) {
    return world_add(w, name, is_package, board_path, f, false);
}

bool mpc_world_add_stub(mpc_world *w, const char *name, bool is_package, const char *board_path,
                        const mpr_file *f) {
    return world_add(w, name, is_package, board_path, f, true);
}

void mpc_world_set_frozen(mpc_world *w, bool frozen) {
    w->frozen = frozen;
}

bool mpc_world_has_library_module(const mpc_world *w, const char *name) {
    const wmod *m = world_find(w, name);
    return m && !m->stub;
}

bool mpc_world_is_builtin(const mpc_world *w, const char *name) {
    const wmod *m = world_find(w, name);
    return (m && m->stub) || world_builtin(w, name, strlen(name));
}

/* ==================================================================================
   Strings: every text the simulation meets gets a number; the number also records whether
   the text is a qstr in the VM (in the firmware's ROM, or interned since)
   ================================================================================== */

static uint32_t str_hash(const char *t, size_t len) {
    uint32_t h = 5381;
    for (size_t i = 0; i < len; i++) {
        h = h * 33 ^ (uint8_t)t[i];
    }
    return h;
}

static void st_rehash(sim *s) {
    uint32_t n = s->n_slots ? s->n_slots * 2 : 1024;
    free(s->slots);
    s->slots = xrealloc(NULL, sizeof(uint32_t) * n);
    memset(s->slots, 0, sizeof(uint32_t) * n);
    s->n_slots = n;
    for (uint32_t i = 1; i < s->n_st; i++) {
        uint32_t p = s->st[i].hash & (n - 1);
        while (s->slots[p]) {
            p = (p + 1) & (n - 1);
        }
        s->slots[p] = i;
    }
}

uint32_t sid(sim *s, const char *t, size_t len) {
    uint32_t h = str_hash(t, len);
    if (s->n_slots) {
        uint32_t p = h & (s->n_slots - 1);
        while (s->slots[p]) {
            sent *e = &s->st[s->slots[p]];
            if (e->hash == h && e->len == len && memcmp(e->s, t, len) == 0) {
                return s->slots[p];
            }
            p = (p + 1) & (s->n_slots - 1);
        }
    }
    if (s->n_st * 2 >= s->n_slots) {
        st_rehash(s);
    }
    GROW(s->st, s->n_st, s->cap_st);
    uint32_t id = s->n_st++;
    sent *e = &s->st[id];
    e->s = arena_dup(s->a, t, len);
    e->len = (uint32_t)len;
    e->hash = h;
    e->q = fw_has_qstr(t, len) ? Q_FIRMWARE : Q_NONE;
    uint32_t p = h & (s->n_slots - 1);
    while (s->slots[p]) {
        p = (p + 1) & (s->n_slots - 1);
    }
    s->slots[p] = id;
    return id;
}

uint32_t sidz(sim *s, const char *t) {
    return sid(s, t, strlen(t));
}

const char *stext(sim *s, uint32_t id, size_t *len) {
    if (len) {
        *len = s->st[id].len;
    }
    return s->st[id].s;
}

bool qexists(sim *s, uint32_t id) {
    return s->st[id].q != Q_NONE;
}

/* qstr_from_strn: the text becomes a qstr if it is not one already. While frozen, the
   library's own qstrs are in the firmware's pool (frozen code brings its qstrs along). */
void qintern(sim *s, uint32_t id) {
    if (s->st[id].q != Q_NONE && s->st[id].q != Q_PRE) {
        return;
    }
    s->st[id].q = Q_CREATED;
    if (s->measuring) {
        GROW(s->newq, s->n_newq, s->cap_newq);
        s->newq[s->n_newq++] = id;
        GROW(s->newq_owner, s->n_newq_owner, s->cap_newq_owner);
        s->newq_owner[s->n_newq_owner++] = s->cur_owner;
    }
}

/* ==================================================================================
   The heap
   ================================================================================== */

uint32_t onew(sim *s, int t, int kind) {
    GROW(s->o, s->n_o, s->cap_o);
    uint32_t id = s->n_o++;
    mobj *o = &s->o[id];
    memset(o, 0, sizeof *o);
    o->t = (uint8_t)t;
    o->kind = (uint8_t)kind;
    o->owner = (uint16_t)s->cur_owner;
    return id;
}

mobj *O(sim *s, uint32_t id) {
    return &s->o[id];
}

void oset_sz(sim *s, uint32_t id, int i, size_t bytes) {
    s->o[id].sz[i] = (uint32_t)bytes;
}

void opush(sim *s, uint32_t id, val v) {
    mobj *o = &s->o[id];
    if (o->n >= o->cap) {
        o->cap = o->cap ? o->cap * 2 : 4;
        o->v = arena_grow(s->a, o->v, sizeof(val) * o->cap);
    }
    o->v[o->n++] = v;
}

bool visobj(sim *s, val v, int t) {
    return v.k == V_OBJ && s->o[v.id].t == t;
}

bool val_text(sim *s, val v, const char **t, size_t *len) {
    if (v.k == V_QSTR) {
        *t = stext(s, v.id, len);
        return true;
    }
    if (v.k == V_OBJ && s->o[v.id].t == OT_STR) {
        *t = s->o[v.id].text;
        *len = s->o[v.id].len;
        return true;
    }
    return false;
}

bool key_eq(sim *s, val a, val b) {
    if (a.k == V_QSTR && b.k == V_QSTR) {
        return a.id == b.id;
    }
    const char *ta, *tb;
    size_t la, lb;
    if (val_text(s, a, &ta, &la) && val_text(s, b, &tb, &lb)) {
        return la == lb && memcmp(ta, tb, la) == 0;
    }
    if (a.k != b.k) {
        /* True == 1 and False == 0 as keys */
        if ((a.k == V_INT && (b.k == V_TRUE || b.k == V_FALSE)) || (b.k == V_INT && (a.k == V_TRUE || a.k == V_FALSE))) {
            int64_t x = a.k == V_INT ? a.i : a.k == V_TRUE;
            int64_t y = b.k == V_INT ? b.i : b.k == V_TRUE;
            return x == y;
        }
        return false;
    }
    switch (a.k) {
        case V_INT:
        case V_RAW:
            return a.i == b.i;
        case V_OBJ:
            if (a.id == b.id) {
                return true;
            }
            if (s->o[a.id].t == OT_INT && s->o[b.id].t == OT_INT) {
                return s->o[a.id].f == s->o[b.id].f;
            }
            if (s->o[a.id].t == OT_FLOAT && s->o[b.id].t == OT_FLOAT) {
                return s->o[a.id].f == s->o[b.id].f;
            }
            if (s->o[a.id].t == OT_TUPLE && s->o[b.id].t == OT_TUPLE && s->o[a.id].n == s->o[b.id].n) {
                for (uint32_t i = 0; i < s->o[a.id].n; i++) {
                    if (!key_eq(s, s->o[a.id].v[i], s->o[b.id].v[i])) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        case V_BUILTIN:
        case V_OPAQUE:
            return a.id == b.id;
        case V_UNKNOWN:
            return false;
        default:
            return true;
    }
}

int map_find(sim *s, cmap *m, val key) {
    for (uint32_t i = 0; i < m->n; i++) {
        if (key_eq(s, m->k[i], key)) {
            return (int)i;
        }
    }
    return -1;
}

/* The runtime's hash table sizes (py/map.c): a full table grows to the next of these. */
static const uint16_t hash_sizes[] = {
    0, 2, 4, 6, 8, 10, 12, 17, 23, 29, 37, 47, 59, 73, 97, 127, 167, 223, 293, 389, 521, 691, 919,
    1223, 1627, 2161, 3229, 4831, 7243, 10861, 16273, 24407, 36607, 54907,
};

static uint32_t hash_size_ge(uint32_t x) {
    for (size_t i = 0; i < sizeof hash_sizes / sizeof hash_sizes[0]; i++) {
        if (hash_sizes[i] >= x) {
            return hash_sizes[i];
        }
    }
    return (x + x / 2) | 1;
}

/* Adds or replaces an entry. A new key in a table with no free slot makes a bigger table
   (the old one becomes garbage); owner_obj's second allocation is the table. */
void map_store(sim *s, uint32_t owner_obj, cmap *m, val key, val value) {
    int i = map_find(s, m, key);
    if (i >= 0) {
        m->v[i] = value;
        return;
    }
    if (m->used >= m->alloc) {
        m->alloc = hash_size_ge(m->alloc + 1);
        if (owner_obj) {
            s->o[owner_obj].sz[1] = m->alloc * SZ_MAP_ELEM;
        }
    }
    m->used++;
    if (m->n >= m->cap) {
        m->cap = m->cap ? m->cap * 2 : 8;
        m->k = arena_grow(s->a, m->k, sizeof(val) * m->cap);
        m->v = arena_grow(s->a, m->v, sizeof(val) * m->cap);
    }
    m->k[m->n] = key;
    m->v[m->n] = value;
    m->n++;
}

bool map_delete(sim *s, cmap *m, val key) {
    int i = map_find(s, m, key);
    if (i < 0) {
        return false;
    }
    memmove(&m->k[i], &m->k[i + 1], sizeof(val) * (m->n - (uint32_t)i - 1));
    memmove(&m->v[i], &m->v[i + 1], sizeof(val) * (m->n - (uint32_t)i - 1));
    m->n--;
    m->used--;
    return true;
}

uint32_t new_str_obj(sim *s, const char *t, size_t len, int kind) {
    uint32_t id = onew(s, OT_STR, kind);
    mobj *o = O(s, id);
    o->text = arena_dup(s->a, t, len);
    o->len = len;
    o->sz[0] = SZ_STR;
    o->sz[1] = (uint32_t)len + 1;
    return id;
}

/* mp_obj_new_str: an existing qstr is used as is; otherwise a str object. */
val new_str_val(sim *s, const char *t, size_t len) {
    uint32_t q = sid(s, t, len);
    if (qexists(s, q)) {
        return vq(q);
    }
    return vobj(new_str_obj(s, t, len, MPC_KIND_DATA));
}

static uint32_t mpz_digits_for_bits(unsigned bits) {
    uint32_t d = (bits + 15) / 16;
    return d < 2 ? 2 : d;
}

val make_int(sim *s, int64_t i, int kind) {
    if (i >= SMALL_INT_MIN && i <= SMALL_INT_MAX) {
        return vint(i);
    }
    uint32_t id = onew(s, OT_INT, kind);
    mobj *o = O(s, id);
    o->i = i;
    o->f = (double)i;
    uint64_t u = i < 0 ? (uint64_t)(-(i + 1)) + 1 : (uint64_t)i;
    unsigned bits = 0;
    while (u) {
        bits++;
        u >>= 1;
    }
    o->sz[0] = SZ_INT_MPZ;
    o->sz[1] = mpz_digits_for_bits(bits) * MPZ_DIG_BYTES;
    return vobj(id);
}

val make_float(sim *s, double d, int kind) {
    uint32_t id = onew(s, OT_FLOAT, kind);
    O(s, id)->f = d;
    O(s, id)->sz[0] = SZ_FLOAT;
    return vobj(id);
}

/* ==================================================================================
   Flags
   ================================================================================== */

void flag(sim *s, const frame *f, const char *fmt, ...) {
    if (!s->measuring) {
        return;
    }
    char text[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    const char *module = "?";
    const char *where = "";
    uint32_t line = 0;
    if (f) {
        module = stext(s, s->m[f->mod - 1].name, NULL);
        where = f->c->path ? f->c->path : "<module>";
        if (f->c->n_insns && f->pc < f->c->n_insns) {
            line = f->c->insns[f->pc].line;
        }
    } else if (s->cur_owner) {
        module = stext(s, s->m[s->cur_owner - 1].name, NULL);
    }
    for (size_t i = 0; i < s->n_flags; i++) {
        if (s->flags[i].line == line && strcmp(s->flags[i].text, text) == 0 && strcmp(s->flags[i].module, module) == 0 &&
            strcmp(s->flags[i].where, where) == 0) {
            return;
        }
    }
    GROW(s->flags, s->n_flags, s->cap_flags);
    mpc_flag *fl = &s->flags[s->n_flags++];
    fl->module = xstrdup(module);
    fl->where = xstrdup(where);
    fl->line = line;
    fl->text = xstrdup(text);
}

/* ==================================================================================
   What survives a collection
   ================================================================================== */

typedef struct {
    long long heap;
    long long by_kind[MPC_KIND__N];
    long long *by_owner;    /* per module record, 0 = none */
    long long *kind_owner;  /* by_owner x kind */
} tally;

static void mark_val(uint8_t *mark, uint32_t *stack, uint32_t *sp, val v) {
    if (v.k == V_OBJ && !mark[v.id]) {
        mark[v.id] = 1;
        stack[(*sp)++] = v.id;
    }
}

static void mark_id(sim *s, uint8_t *mark, uint32_t *stack, uint32_t *sp, uint32_t id) {
    if (id && !mark[id]) {
        mark[id] = 1;
        stack[(*sp)++] = id;
    }
    (void)s;
}

static void take_tally(sim *s, tally *t) {
    memset(t, 0, sizeof *t);
    t->by_owner = xrealloc(NULL, sizeof(long long) * (s->n_m + 1));
    memset(t->by_owner, 0, sizeof(long long) * (s->n_m + 1));
    t->kind_owner = xrealloc(NULL, sizeof(long long) * (s->n_m + 1) * MPC_KIND__N);
    memset(t->kind_owner, 0, sizeof(long long) * (s->n_m + 1) * MPC_KIND__N);
    uint8_t *mark = xrealloc(NULL, s->n_o);
    memset(mark, 0, s->n_o);
    uint32_t *stack = xrealloc(NULL, sizeof(uint32_t) * s->n_o);
    uint32_t sp = 0;
    for (uint32_t i = 0; i < s->n_sysmods; i++) {
        mark_id(s, mark, stack, &sp, s->m[s->sysmods[i] - 1].obj);
    }
    while (sp) {
        uint32_t id = stack[--sp];
        mobj *o = &s->o[id];
        for (uint32_t i = 0; i < o->n; i++) {
            mark_val(mark, stack, &sp, o->v[i]);
        }
        for (uint32_t i = 0; i < o->map.n; i++) {
            mark_val(mark, stack, &sp, o->map.k[i]);
            mark_val(mark, stack, &sp, o->map.v[i]);
        }
        for (int i = 0; i < 4; i++) {
            mark_id(s, mark, stack, &sp, o->ref[i]);
        }
    }
    for (uint32_t id = 1; id < s->n_o; id++) {
        mobj *o = &s->o[id];
        if (!mark[id] || o->rom) {
            continue;
        }
        long long b = (long long)(mpc_blocks(o->sz[0]) + mpc_blocks(o->sz[1]));
        if (!b) {
            continue;
        }
        t->heap += b;
        t->by_kind[o->kind] += b;
        t->by_owner[o->owner] += b;
        t->kind_owner[(size_t)o->owner * MPC_KIND__N + o->kind] += b;
    }
    free(mark);
    free(stack);
}

static void free_tally(tally *t) {
    free(t->by_owner);
    free(t->kind_owner);
}

/* ==================================================================================
   Loading a .mpy file (py/persistentcode.c, py/emitglue.c)
   ================================================================================== */

static bool frozen_lib(sim *s, const modrec *m) {
    return s->w->frozen && m->src && !m->src->stub;
}

static val load_const(sim *s, const mpr_obj *c, bool rom) {
    switch (c->kind) {
        case MPR_OBJ_NONE:
            return vk(V_NONE);
        case MPR_OBJ_FALSE:
            return vk(V_FALSE);
        case MPR_OBJ_TRUE:
            return vk(V_TRUE);
        case MPR_OBJ_ELLIPSIS:
            return vk(V_ELLIPSIS);
        case MPR_OBJ_STR: {
            /* mp_obj_new_str_from_utf8_vstr: a qstr with the same text is used instead */
            uint32_t q = sid(s, c->data, c->len);
            if (qexists(s, q)) {
                return vq(q);
            }
            uint32_t id = new_str_obj(s, c->data, c->len, MPC_KIND_CONST);
            O(s, id)->rom = rom;
            return vobj(id);
        }
        case MPR_OBJ_BYTES: {
            if (c->len == 0) {
                return vobj(s->empty_bytes);
            }
            uint32_t id = onew(s, OT_BYTES, MPC_KIND_CONST);
            mobj *o = O(s, id);
            o->text = arena_dup(s->a, c->data, c->len);
            o->len = c->len;
            o->sz[0] = SZ_STR;
            o->sz[1] = (uint32_t)c->len + 1;
            o->rom = rom;
            return vobj(id);
        }
        case MPR_OBJ_INT: {
            /* small ints are immediate; others are parsed into an mpz whose digits are sized
               from the text: len * 8 / 16 + 1 digits (mpz_set_from_str) */
            const char *t = c->data;
            bool neg = *t == '-';
            if (neg || *t == '+') {
                t++;
            }
            size_t digits = strlen(t);
            long double x = strtold(c->data, NULL);
            if (x >= (long double)SMALL_INT_MIN && x <= (long double)SMALL_INT_MAX) {
                return vint((int64_t)x);
            }
            uint32_t id = onew(s, OT_INT, MPC_KIND_CONST);
            mobj *o = O(s, id);
            o->f = (double)x;
            o->i = (x >= -9.2e18L && x <= 9.2e18L) ? (int64_t)x : 0;
            size_t need = digits * 8 / 16 + 1;
            if (need < 2) {
                need = 2;
            }
            o->sz[0] = SZ_INT_MPZ;
            o->sz[1] = (uint32_t)(need * MPZ_DIG_BYTES);
            o->rom = rom;
            return vobj(id);
        }
        case MPR_OBJ_FLOAT: {
            val v = make_float(s, c->real, MPC_KIND_CONST);
            O(s, v.id)->rom = rom;
            return v;
        }
        case MPR_OBJ_COMPLEX: {
            uint32_t id = onew(s, OT_COMPLEX, MPC_KIND_CONST);
            O(s, id)->f = c->real;
            O(s, id)->sz[0] = SZ_COMPLEX;
            O(s, id)->rom = rom;
            return vobj(id);
        }
        case MPR_OBJ_TUPLE: {
            if (c->n_items == 0) {
                return vobj(s->empty_tuple);
            }
            uint32_t id = onew(s, OT_TUPLE, MPC_KIND_CONST);
            O(s, id)->sz[0] = (uint32_t)(SZ_TUPLE_HDR + SZ_WORD * c->n_items);
            O(s, id)->rom = rom;
            for (size_t i = 0; i < c->n_items; i++) {
                val item = load_const(s, &c->items[i], rom);
                opush(s, id, item);
            }
            return vobj(id);
        }
        default:
            return vk(V_UNKNOWN);
    }
}

/* load_raw_code: the bytecode is copied into RAM, then the children, then the raw code
   record. Returns the record. */
static uint32_t load_block(sim *s, modrec *m, const mpr_code *c, bool rom) {
    uint32_t children = 0;
    uint32_t bc = onew(s, OT_RAW, MPC_KIND_BYTECODE);
    O(s, bc)->sz[0] = (uint32_t)c->data_len;
    O(s, bc)->rom = rom;
    if (c->n_children) {
        children = onew(s, OT_RAW, MPC_KIND_CODE);
        O(s, children)->sz[0] = (uint32_t)(SZ_WORD * c->n_children);
        O(s, children)->rom = rom;
        for (size_t i = 0; i < c->n_children; i++) {
            uint32_t child = load_block(s, m, c->children[i], rom);
            opush(s, children, vobj(child));
        }
    }
    uint32_t rc = onew(s, OT_RC, MPC_KIND_CODE);
    mobj *o = O(s, rc);
    o->sz[0] = SZ_RAW_CODE;
    o->rom = rom;
    o->code = c;
    o->ref[0] = bc;
    o->ref[1] = children;
    m->rcs[c->index] = rc;
    return rc;
}

/* mp_raw_code_load: the qstr and constant tables (one allocation), every qstr interned in
   table order, the constants, then the code tree. */
static void load_mpy(sim *s, modrec *m, uint32_t module_obj) {
    const mpr_file *f = m->src->f;
    bool rom = frozen_lib(s, m);
    m->qs = arena_alloc(s->a, sizeof(uint32_t) * (f->n_qstrs + 1));
    m->consts = arena_alloc(s->a, sizeof(val) * (f->n_objs + 1));
    m->rcs = arena_alloc(s->a, sizeof(uint32_t) * (f->n_blocks + 1));
    uint32_t tables = onew(s, OT_RAW, MPC_KIND_CODE);
    size_t nq = (f->n_qstrs * 2 + SZ_WORD - 1) / SZ_WORD;
    O(s, tables)->sz[0] = (uint32_t)(SZ_WORD * (nq + f->n_objs));
    O(s, tables)->rom = rom;
    O(s, module_obj)->ref[1] = tables;
    for (size_t i = 0; i < f->n_qstrs; i++) {
        m->qs[i] = sid(s, f->qstrs[i].text, f->qstrs[i].len);
        if (f->qstrs[i].static_index && s->st[m->qs[i]].q == Q_NONE) {
            /* the .mpy format's static qstrs are in every firmware */
            s->st[m->qs[i]].q = Q_FIRMWARE;
        }
        if (rom) {
            if (s->st[m->qs[i]].q == Q_NONE) {
                s->st[m->qs[i]].q = Q_FIRMWARE;
            }
        } else {
            qintern(s, m->qs[i]);
        }
    }
    for (size_t i = 0; i < f->n_objs; i++) {
        m->consts[i] = load_const(s, &f->objs[i], rom);
        opush(s, tables, m->consts[i]);
    }
    if (f->root) {
        load_block(s, m, f->root, rom);
        /* With no constants, the constant table's pointer is the end of the qstr table; when
           that table fills whole blocks the pointer is the address of the next block, which the
           conservative collector takes for a reference. The next block allocated is the module's
           own bytecode (load_raw_code allocates it first), so that stays too. */
        if (!rom && f->n_objs == 0 && (SZ_WORD * nq) % MPC_BLOCK == 0) {
            O(s, tables)->ref[0] = O(s, m->rcs[f->root->index])->ref[0];
        }
    }
}

/* ==================================================================================
   Modules and the import machinery (py/builtinimport.c, py/objmodule.c, py/runtime.c)
   ================================================================================== */

static uint32_t find_sysmod(sim *s, uint32_t name) {
    for (uint32_t i = 0; i < s->n_sysmods; i++) {
        if (s->m[s->sysmods[i] - 1].name == name) {
            return s->sysmods[i];
        }
    }
    return 0;
}

static uint32_t new_modrec(sim *s, uint32_t name) {
    GROW(s->m, s->n_m, s->cap_m);
    modrec *m = &s->m[s->n_m++];
    memset(m, 0, sizeof *m);
    m->name = name;
    return s->n_m;
}

static void sysmods_add(sim *s, uint32_t rec) {
    GROW(s->sysmods, s->n_sysmods, s->cap_sysmods);
    s->sysmods[s->n_sysmods++] = rec;
}

static void sysmods_remove(sim *s, uint32_t rec) {
    for (uint32_t i = 0; i < s->n_sysmods; i++) {
        if (s->sysmods[i] == rec) {
            memmove(&s->sysmods[i], &s->sysmods[i + 1], sizeof(uint32_t) * (s->n_sysmods - i - 1));
            s->n_sysmods--;
            return;
        }
    }
}

/* A built-in module: no heap, and a fixed table of names. */
static uint32_t builtin_module(sim *s, const wbuiltin *b) {
    uint32_t name = sidz(s, b->name);
    for (uint32_t i = 0; i < s->n_m; i++) {
        if (s->m[i].bi == b) {
            return i + 1;
        }
    }
    uint32_t rec = new_modrec(s, name);
    s->m[rec - 1].bi = b;
    uint32_t id = onew(s, OT_MODULE, MPC_KIND_MODULE);
    O(s, id)->rom = true;
    O(s, id)->name = name;
    O(s, id)->mod = rec;
    O(s, id)->flag = true; /* built-in */
    s->m[rec - 1].obj = id;
    s->m[rec - 1].done = true;
    return rec;
}

/* Does a built-in module define this name? NULL attrs: unknown, assume yes. */
bool builtin_module_has(sim *s, uint32_t rec, uint32_t name) {
    const wbuiltin *b = s->m[rec - 1].bi;
    if (!b || !b->attrs) {
        return true;
    }
    size_t len;
    const char *t = stext(s, name, &len);
    const char *p = b->attrs;
    while (*p) {
        const char *e = strchr(p, ' ');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == len && memcmp(p, t, n) == 0) {
            return true;
        }
        if (!e) {
            break;
        }
        p = e + 1;
    }
    return false;
}

static void globals_store(sim *s, uint32_t module_obj, uint32_t name, val v) {
    uint32_t g = O(s, module_obj)->ref[0];
    map_store(s, g, &O(s, g)->map, vq(name), v);
}

/* mp_obj_new_module: the sys.modules entry, the module (with its constant-table slots) and
   its globals dict, which starts with room for one entry and gets __name__. */
static uint32_t new_module(sim *s, uint32_t rec, uint32_t name) {
    uint32_t id = onew(s, OT_MODULE, MPC_KIND_MODULE);
    O(s, id)->sz[0] = SZ_MODULE_CTX;
    O(s, id)->name = name;
    O(s, id)->mod = rec;
    uint32_t g = onew(s, OT_DICT, MPC_KIND_DICT);
    O(s, g)->sz[0] = SZ_DICT;
    O(s, g)->map.alloc = MODULE_DICT_SIZE;
    O(s, g)->sz[1] = MODULE_DICT_SIZE * SZ_MAP_ELEM;
    O(s, id)->ref[0] = g;
    s->m[rec - 1].obj = id;
    sysmods_add(s, rec);
    if (s->measuring) {
        GROW(s->loaded, s->n_loaded, s->cap_loaded);
        s->loaded[s->n_loaded++] = stext(s, name, NULL);
    }
    globals_store(s, id, sidz(s, "__name__"), vq(name));
    return id;
}

static int raise_import_error(sim *s, const char *fmt, const char *name) {
    char msg[300];
    snprintf(msg, sizeof msg, fmt, name);
    return raise_new(s, bi_importerror(), msg);
}

/* Loads and runs one module file into its module object. */
static int do_load(sim *s, uint32_t rec, uint32_t module_obj, const char *file_path) {
    modrec *m = &s->m[rec - 1];
    uint32_t saved = s->cur_owner;
    s->cur_owner = rec;
    /* qstr_from_str(path): the file name becomes a qstr (frozen: the frozen name, in ROM) */
    uint32_t fq = sidz(s, file_path);
    if (frozen_lib(s, m)) {
        if (s->st[fq].q == Q_NONE) {
            s->st[fq].q = Q_FIRMWARE;
        }
    } else {
        qintern(s, fq);
    }
    load_mpy(s, m, module_obj);
    globals_store(s, module_obj, sidz(s, "__file__"), vq(fq));
    int r = X_OK;
    if (m->src->f->root) {
        r = run_module_code(s, rec, m->src->f->root, O(s, module_obj)->ref[0]);
    }
    s->cur_owner = saved;
    return r;
}

/* process_import_at_level */
static int import_at_level(sim *s, frame *f, uint32_t full, uint32_t level_name, uint32_t outer_rec, uint32_t *out) {
    uint32_t have = find_sysmod(s, full);
    if (have && !outer_rec && s->m[have - 1].stub && !s->m[have - 1].done) {
        /* a stand-in importing its own name while it loads reaches the built-in module of
           that name (the stand-ins do it with an empty sys.path, which skips sys.modules) */
        size_t ln;
        const char *lt = stext(s, level_name, &ln);
        const wbuiltin *b = world_builtin(s->w, lt, ln);
        if (b) {
            *out = builtin_module(s, b);
            return X_OK;
        }
    }
    if (have) {
        *out = have;
        return X_OK;
    }
    size_t full_len;
    const char *full_text = stext(s, full, &full_len);
    const wmod *src = NULL;
    if (!outer_rec) {
        const wmod *wm = world_find(s->w, full_text);
        size_t ln;
        const char *lt = stext(s, level_name, &ln);
        const wbuiltin *b = world_builtin(s->w, lt, ln);
        if (wm && !wm->stub) {
            src = wm;
        } else if (b && !wm) {
            *out = builtin_module(s, b);
            return X_OK;
        } else if (wm) {
            src = wm; /* a stand-in not loaded yet */
        }
    } else {
        /* a submodule: only a package (a module with __path__) has them */
        const wmod *pm = s->m[outer_rec - 1].src;
        if (pm && pm->is_pkg) {
            src = world_find(s->w, full_text);
        }
    }
    if (!src) {
        (void)f;
        return raise_import_error(s, "no module named '%s'", full_text);
    }
    uint32_t rec = new_modrec(s, full);
    s->m[rec - 1].src = src;
    s->m[rec - 1].stub = src->stub;
    uint32_t saved_owner = s->cur_owner;
    s->cur_owner = rec;
    uint32_t module_obj = new_module(s, rec, full);
    int r = X_OK;
    if (src->is_pkg) {
        /* __path__: a str of the folder (an existing qstr is used as is) */
        val p = new_str_val(s, src->path, strlen(src->path));
        if (p.k == V_OBJ) {
            O(s, p.id)->kind = MPC_KIND_MODULE;
        }
        globals_store(s, module_obj, sidz(s, "__path__"), p);
        if (src->f) {
            char file[600];
            snprintf(file, sizeof file, "%s/__init__.mpy", src->path);
            r = do_load(s, rec, module_obj, file);
        }
    } else {
        r = do_load(s, rec, module_obj, src->path);
    }
    s->cur_owner = saved_owner;
    if (r != X_OK) {
        sysmods_remove(s, rec);
        return r;
    }
    if (outer_rec) {
        uint32_t saved = s->cur_owner;
        s->cur_owner = rec;
        globals_store(s, s->m[outer_rec - 1].obj, level_name, vobj(module_obj));
        s->cur_owner = saved;
    }
    s->m[rec - 1].done = true;
    s->m[rec - 1].done_seq = ++s->done_count;
    *out = rec;
    return X_OK;
}

static val module_val(sim *s, uint32_t rec) {
    return vobj(s->m[rec - 1].obj);
}

/* mp_builtin___import___default: every prefix of the dotted name is imported in turn. */
static int import_name_text(sim *s, frame *f, const char *name, size_t len, bool fromlist, val *out) {
    uint32_t top = 0, outer = 0;
    size_t start = 0;
    for (size_t i = 1; i <= len; i++) {
        if (i == len || name[i] == '.') {
            uint32_t full = sid(s, name, i);
            uint32_t level = sid(s, name + start, i - start);
            qintern(s, full);
            qintern(s, level);
            uint32_t rec;
            int r = import_at_level(s, f, full, level, outer, &rec);
            if (r != X_OK) {
                return r;
            }
            outer = rec;
            if (!top) {
                top = rec;
            }
            start = i + 1;
        }
    }
    *out = module_val(s, fromlist ? outer : top);
    return X_OK;
}

static uint32_t frame_module_obj(sim *s, frame *f) {
    return s->m[f->mod - 1].obj;
}

int do_import_name(sim *s, frame *f, uint32_t name, val fromlist, int64_t level, val *out) {
    size_t len;
    const char *t = stext(s, name, &len);
    char buf[600];
    if (level > 0) {
        /* evaluate_relative_import: from the importing module's __name__ (a package counts
           its own name as the first level) */
        uint32_t mo = frame_module_obj(s, f);
        size_t cl;
        const char *cur = stext(s, O(s, mo)->name, &cl);
        uint32_t g = O(s, mo)->ref[0];
        bool is_pkg = map_find(s, &O(s, g)->map, vq(sidz(s, "__path__"))) >= 0;
        if (is_pkg) {
            level--;
        }
        size_t p = cl;
        while (level && p > 0) {
            if (cur[--p] == '.') {
                level--;
            }
        }
        if (p == 0) {
            return raise_new(s, bi_importerror(), "can't perform relative import");
        }
        size_t n = 0;
        if (p + 1 + len >= sizeof buf) {
            return raise_new(s, bi_importerror(), "name too long");
        }
        memcpy(buf, cur, p);
        n = p;
        if (len) {
            buf[n++] = '.';
            memcpy(buf + n, t, len);
            n += len;
        }
        qintern(s, sid(s, buf, n));
        t = buf;
        len = n;
    }
    if (len == 0) {
        return raise_new(s, bi_exc("ValueError"), "empty module name");
    }
    bool fl = !(fromlist.k == V_NONE || fromlist.k == V_NULL);
    char copy[600];
    if (len >= sizeof copy) {
        return raise_new(s, bi_importerror(), "name too long");
    }
    memcpy(copy, t, len);
    return import_name_text(s, f, copy, len, fl, out);
}

/* mp_import_from: an attribute, or a submodule of a package imported by its dotted name. */
int do_import_from(sim *s, frame *f, val module, uint32_t name, val *out) {
    bool found = false;
    int r = getattr_val(s, f, module, name, out, &found);
    if (r != X_OK) {
        return r;
    }
    if (found) {
        return X_OK;
    }
    if (visobj(s, module, OT_MODULE) && !O(s, module.id)->flag) {
        uint32_t rec = O(s, module.id)->mod;
        const wmod *src = rec ? s->m[rec - 1].src : NULL;
        if (src && src->is_pkg) {
            size_t pl, nl;
            const char *pt = stext(s, O(s, module.id)->name, &pl);
            const char *nt = stext(s, name, &nl);
            char buf[600];
            if (pl + 1 + nl < sizeof buf) {
                memcpy(buf, pt, pl);
                buf[pl] = '.';
                memcpy(buf + pl + 1, nt, nl);
                qintern(s, sid(s, buf, pl + 1 + nl));
                return import_name_text(s, f, buf, pl + 1 + nl, true, out);
            }
        }
    }
    size_t nl;
    const char *nt = stext(s, name, &nl);
    char msg[300];
    snprintf(msg, sizeof msg, "can't import name %.*s", (int)nl, nt);
    return raise_new(s, bi_importerror(), msg);
}

/* mp_import_all: every public name (or __all__) stored into the importer's namespace. */
int do_import_star(sim *s, frame *f, val module) {
    if (!visobj(s, module, OT_MODULE) || O(s, module.id)->flag) {
        flag(s, f, "'from ... import *' of a built-in module: the names it adds are not counted");
        return X_OK;
    }
    uint32_t g = O(s, module.id)->ref[0];
    uint32_t dest = f->locals ? f->locals : f->globals;
    cmap *src = &O(s, g)->map;
    int all = map_find(s, src, vq(sidz(s, "__all__")));
    if (all >= 0) {
        val lst = src->v[all];
        if (lst.k == V_OBJ && (O(s, lst.id)->t == OT_LIST || O(s, lst.id)->t == OT_TUPLE)) {
            for (uint32_t i = 0; i < O(s, lst.id)->n; i++) {
                val key = O(s, lst.id)->v[i];
                const char *t;
                size_t len;
                if (!val_text(s, key, &t, &len)) {
                    continue;
                }
                uint32_t q = sid(s, t, len);
                qintern(s, q);
                int j = map_find(s, &O(s, g)->map, vq(q));
                val v = j >= 0 ? O(s, g)->map.v[j] : vk(V_UNKNOWN);
                map_store(s, dest, &O(s, dest)->map, vq(q), v);
            }
            return X_OK;
        }
    }
    for (uint32_t i = 0; i < src->n; i++) {
        const char *t;
        size_t len;
        if (val_text(s, src->k[i], &t, &len) && len && t[0] != '_') {
            map_store(s, dest, &O(s, dest)->map, src->k[i], src->v[i]);
        }
    }
    return X_OK;
}

/* ==================================================================================
   Simulations
   ================================================================================== */

mpc_sim *mpc_sim_new(mpc_world *w) {
    sim *s = xrealloc(NULL, sizeof *s);
    memset(s, 0, sizeof *s);
    s->w = w;
    s->a = arena_new();
    if (!s->a) {
        free(s);
        return NULL;
    }
    sid(s, "", 0); /* id 0: the empty string, never a real lookup */
    onew(s, OT_RAW, MPC_KIND_DATA); /* object 0: none */
    s->empty_bytes = onew(s, OT_BYTES, MPC_KIND_CONST);
    O(s, s->empty_bytes)->rom = true;
    s->empty_tuple = onew(s, OT_TUPLE, MPC_KIND_CONST);
    O(s, s->empty_tuple)->rom = true;
    /* the stand-ins, loaded before anything is measured */
    for (size_t i = 0; i < w->n_mods; i++) {
        if (w->mods[i].stub && !strchr(w->mods[i].name, '.')) {
            val out;
            if (import_name_text(s, NULL, w->mods[i].name, strlen(w->mods[i].name), false, &out) != X_OK) {
                s->exc = vk(V_NULL);
            }
        }
    }
    return s;
}

void mpc_sim_free(mpc_sim *s) {
    if (!s) {
        return;
    }
    for (size_t i = 0; i < s->n_flags; i++) {
        free(s->flags[i].module);
        free(s->flags[i].where);
        free(s->flags[i].text);
    }
    free(s->flags);
    free(s->st);
    free(s->slots);
    free(s->o);
    free(s->m);
    free(s->sysmods);
    free(s->newq);
    free(s->newq_owner);
    free(s->loaded);
    arena_free(s->a);
    free(s);
}

void mpc_sim_preintern(mpc_sim *s, const char *const *texts) {
    for (size_t i = 0; texts && texts[i]; i++) {
        uint32_t id = sidz(s, texts[i]);
        if (s->st[id].q == Q_NONE) {
            s->st[id].q = Q_PRE;
        }
    }
}

const char *const *mpc_sim_loaded(mpc_sim *s) {
    const char **list = arena_alloc(s->a, sizeof(char *) * (s->n_m + 1));
    size_t k = 0;
    for (uint32_t seq = 1; seq <= s->done_count; seq++) {
        for (uint32_t i = 0; i < s->n_m; i++) {
            if (s->m[i].done_seq == seq && s->m[i].src && !s->m[i].stub && find_sysmod(s, s->m[i].name)) {
                list[k++] = stext(s, s->m[i].name, NULL);
            }
        }
    }
    list[k] = NULL;
    return list;
}

static char *exc_text(sim *s) {
    char buf[400];
    val e = s->exc;
    if (e.k == V_OBJ && O(s, e.id)->t == OT_EXC) {
        mobj *o = O(s, e.id);
        const char *tn = "Exception";
        if (o->i >= 0) {
            tn = builtin_name((int)o->i);
        } else if (o->ref[0]) {
            tn = stext(s, O(s, o->ref[0])->name, NULL);
        }
        snprintf(buf, sizeof buf, "%s: %s", tn, o->text ? o->text : "");
    } else {
        snprintf(buf, sizeof buf, "%s", s->err[0] ? s->err : "exception");
    }
    return xstrdup(buf);
}

bool mpc_sim_import(mpc_sim *s, const char *name, mpc_cost *c) {
    memset(c, 0, sizeof *c);
    tally before, after;
    take_tally(s, &before);
    s->measuring = true;
    s->n_newq = 0;
    s->n_newq_owner = 0;
    s->n_loaded = 0;
    s->steps = 0;
    uint32_t n_sys_before = s->n_sysmods;
    uint32_t n_m_before = s->n_m;
    val out;
    s->cur_owner = 0;
    int r = import_name_text(s, NULL, name, strlen(name), false, &out);
    s->measuring = false;
    take_tally(s, &after);
    c->ok = r == X_OK;
    if (!c->ok) {
        c->error = r == X_ABORT ? xstrdup(s->err[0] ? s->err : "the model could not follow the import") : exc_text(s);
    }
    c->heap = after.heap - before.heap;
    for (int k = 0; k < MPC_KIND__N; k++) {
        c->by_kind[k] = after.by_kind[k] - before.by_kind[k];
    }
    /* new qstrs, owned by the module that was running when each was made */
    uint32_t n_m = s->n_m;
    long long *q_owner = xrealloc(NULL, sizeof(long long) * (n_m + 1));
    memset(q_owner, 0, sizeof(long long) * (n_m + 1));
    c->qstrs = xrealloc(NULL, sizeof(char *) * (s->n_newq + 1));
    for (uint32_t i = 0; i < s->n_newq; i++) {
        size_t len;
        const char *t = stext(s, s->newq[i], &len);
        long long b = SZ_QSTR_ENTRY + (long long)len + 1;
        c->qstr_bytes += b;
        uint32_t owner = i < s->n_newq_owner ? s->newq_owner[i] : 0;
        if (owner <= n_m) {
            q_owner[owner] += b;
        }
        c->qstrs[i] = xstrdup(t);
    }
    c->qstrs[s->n_newq] = NULL;
    c->n_qstrs = s->n_newq;
    c->by_kind[MPC_KIND_QSTR] += c->qstr_bytes;
    c->n_modules = s->n_sysmods > n_sys_before ? s->n_sysmods - n_sys_before : 0;
    c->by_kind[MPC_KIND_MODULE] += (long long)(SZ_SYS_MODULES_ENTRY * c->n_modules);
    c->ram = c->heap + c->qstr_bytes + (long long)(SZ_SYS_MODULES_ENTRY * c->n_modules);
    c->modules = xrealloc(NULL, sizeof(char *) * (s->n_loaded + 1));
    for (size_t i = 0; i < s->n_loaded; i++) {
        c->modules[i] = xstrdup(s->loaded[i]);
    }
    c->modules[s->n_loaded] = NULL;
    /* shares: the modules created by this import, in creation order, then any older module
       whose objects changed (a package that got a submodule attribute) */
    c->shares = xrealloc(NULL, sizeof(mpc_share) * (n_m + 1));
    for (uint32_t rec = 1; rec <= n_m; rec++) {
        long long b0 = rec <= n_m_before ? before.by_owner[rec] : 0;
        long long d = after.by_owner[rec] - b0 + q_owner[rec];
        bool fresh = rec > n_m_before && s->m[rec - 1].src && !s->m[rec - 1].stub && find_sysmod(s, s->m[rec - 1].name);
        if (!fresh && d == 0) {
            continue;
        }
        if (!s->m[rec - 1].src) {
            continue;
        }
        mpc_share *sh = &c->shares[c->n_shares++];
        memset(sh, 0, sizeof *sh);
        sh->name = xstrdup(stext(s, s->m[rec - 1].name, NULL));
        for (int k = 0; k < MPC_KIND__N; k++) {
            long long kb = rec <= n_m_before ? before.kind_owner[(size_t)rec * MPC_KIND__N + k] : 0;
            sh->by_kind[k] = after.kind_owner[(size_t)rec * MPC_KIND__N + k] - kb;
        }
        sh->by_kind[MPC_KIND_QSTR] += q_owner[rec];
        if (fresh) {
            sh->by_kind[MPC_KIND_MODULE] += SZ_SYS_MODULES_ENTRY;
            d += SZ_SYS_MODULES_ENTRY;
        }
        sh->bytes = d;
    }
    /* what is owned by no module (made by the import machinery itself) goes to the first */
    if (c->n_shares) {
        long long d = after.by_owner[0] - before.by_owner[0] + q_owner[0];
        c->shares[0].bytes += d;
        for (int k = 0; k < MPC_KIND__N; k++) {
            c->shares[0].by_kind[k] += after.kind_owner[k] - before.kind_owner[k];
        }
        c->shares[0].by_kind[MPC_KIND_QSTR] += q_owner[0];
    }
    free(q_owner);
    c->flags = s->flags;
    c->n_flags = s->n_flags;
    s->flags = NULL;
    s->n_flags = s->cap_flags = 0;
    free_tally(&before);
    free_tally(&after);
    return c->ok;
}

void mpc_cost_free(mpc_cost *c) {
    if (!c) {
        return;
    }
    free(c->error);
    if (c->qstrs) {
        for (size_t i = 0; c->qstrs[i]; i++) {
            free(c->qstrs[i]);
        }
    }
    free(c->qstrs);
    if (c->modules) {
        for (size_t i = 0; c->modules[i]; i++) {
            free(c->modules[i]);
        }
    }
    free(c->modules);
    for (size_t i = 0; i < c->n_shares; i++) {
        free(c->shares[i].name);
    }
    free(c->shares);
    for (size_t i = 0; i < c->n_flags; i++) {
        free(c->flags[i].module);
        free(c->flags[i].where);
        free(c->flags[i].text);
    }
    free(c->flags);
    memset(c, 0, sizeof *c);
}
