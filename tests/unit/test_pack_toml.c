/* test_pack_toml.c: the TOML reader of mpy-pack (tools/mpy-pack/toml.c) on pyproject.toml files
   and on the corners of the format. The reader is compiled into this file: it needs only libc. */
#include <string.h>

#include "../../tools/mpy-pack/toml.c"
#include "suites.h"

static toml_value *parse(const char *s) {
    char err[200];
    toml_value *v = toml_parse(s, strlen(s), err, sizeof err);
    CU_ASSERT_PTR_NOT_NULL(v);
    return v;
}

/* the error message for s, which must not parse */
static const char *error_of(const char *s) {
    static _Thread_local char err[200];
    toml_value *v = toml_parse(s, strlen(s), err, sizeof err);
    CU_ASSERT_PTR_NULL(v);
    toml_free(v);
    return err;
}

static void test_pyproject(void) {
    const char *doc =
        "# SPDX-FileCopyrightText: 2024\n"
        "[build-system]\n"
        "requires = [\n"
        "    \"setuptools\",\n"
        "    \"wheel\",  # comment\n"
        "]\n"
        "\n"
        "[project]\n"
        "name = \"adafruit-circuitpython-foo\"\n"
        "description = \"A \\\"driver\\\" \\u2014 for FOO\"\n"
        "authors = [{name = \"A\", email = \"a@example.com\"}]\n"
        "dynamic = [\"dependencies\", \"optional-dependencies\"]\n"
        "\n"
        "[tool.setuptools]\n"
        "packages = [\"adafruit_foo\"]\n"
        "\n"
        "[tool.setuptools.dynamic]\n"
        "dependencies = {file = [\"requirements.txt\"]}\n";
    toml_value *v = parse(doc);
    const toml_value *pk = toml_path(v, "tool", "setuptools", "packages", NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(pk);
    CU_ASSERT_EQUAL(pk->kind, TOML_ARRAY);
    CU_ASSERT_EQUAL_FATAL(pk->n, 1);
    CU_ASSERT_STRING_EQUAL(pk->items[0]->text, "adafruit_foo");
    CU_ASSERT_STRING_EQUAL(toml_path_string(v, "project", "description", NULL), "A \"driver\" \xE2\x80\x94 for FOO");
    CU_ASSERT_PTR_NULL(toml_path(v, "tool", "setuptools", "py-modules", NULL));
    const toml_value *deps = toml_path(v, "tool", "setuptools", "dynamic", "dependencies", "file", NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(deps);
    CU_ASSERT_STRING_EQUAL(deps->items[0]->text, "requirements.txt");
    CU_ASSERT_STRING_EQUAL(toml_path_string(v, "project", "authors", NULL) == NULL ? "none" : "string", "none");
    toml_free(v);
}

static void test_strings(void) {
    toml_value *v = parse("a = 'C:\\path'\n"
                          "b = \"\"\"\nline one\nline two \\\n    joined\"\"\"\n"
                          "c = '''\nraw \\n kept'''\n"
                          "d = \"\\t\\u00e9\\U0001F600\"\n"
                          "e = \"\"\"two quotes at the end\"\"\"\"\"\n"
                          "\"quoted key\" = 1\n");
    CU_ASSERT_STRING_EQUAL(toml_path_string(v, "a", NULL), "C:\\path");
    CU_ASSERT_STRING_EQUAL(toml_path_string(v, "b", NULL), "line one\nline two joined");
    CU_ASSERT_STRING_EQUAL(toml_path_string(v, "c", NULL), "raw \\n kept");
    CU_ASSERT_STRING_EQUAL(toml_path_string(v, "d", NULL), "\t\xC3\xA9\xF0\x9F\x98\x80");
    CU_ASSERT_STRING_EQUAL(toml_path_string(v, "e", NULL), "two quotes at the end\"\"");
    CU_ASSERT_PTR_NOT_NULL(toml_get(v, "quoted key"));
    toml_free(v);
}

static void test_tables_and_keys(void) {
    toml_value *v = parse("\xEF\xBB\xBF" "top = true\r\n"
                          "x.y.z = 1_000\r\n"
                          "[a.b]\r\n"
                          "c = 1979-05-27 07:32:00Z\r\n"
                          "[[list]]\r\n"
                          "n = 1\r\n"
                          "[[list]]\r\n"
                          "n = 2\r\n"
                          "[list.sub]\r\n"
                          "f = -3.5e2\r\n"
                          "[a]\r\n"
                          "d = [ [1, 2], [\"x\"], ]\r\n");
    CU_ASSERT_EQUAL(toml_get(v, "top")->kind, TOML_BOOL);
    CU_ASSERT_STRING_EQUAL(toml_path(v, "x", "y", "z", NULL)->text, "1_000");
    CU_ASSERT_EQUAL(toml_path(v, "a", "b", "c", NULL)->kind, TOML_DATETIME);
    CU_ASSERT_STRING_EQUAL(toml_path(v, "a", "b", "c", NULL)->text, "1979-05-27 07:32:00Z");
    const toml_value *list = toml_get(v, "list");
    CU_ASSERT_EQUAL_FATAL(list->n, 2);
    CU_ASSERT_STRING_EQUAL(toml_get(list->items[1], "n")->text, "2");
    CU_ASSERT_EQUAL(toml_path(list->items[1], "sub", "f", NULL)->kind, TOML_FLOAT);
    const toml_value *d = toml_path(v, "a", "d", NULL);
    CU_ASSERT_EQUAL_FATAL(d->n, 2);
    CU_ASSERT_EQUAL(d->items[0]->n, 2);
    toml_free(v);
}

static void test_errors(void) {
    CU_ASSERT_STRING_EQUAL(error_of("a = 1\na = 2\n"), "line 2: duplicate key 'a'");
    CU_ASSERT_STRING_EQUAL(error_of("[t]\n[t]\n"), "line 2: table 't' defined twice");
    CU_ASSERT_STRING_EQUAL(error_of("\n\na = \"open\n"), "line 3: unterminated string");
    CU_ASSERT_STRING_EQUAL(error_of("a = \"\\q\"\n"), "line 1: unknown escape in a string");
    CU_ASSERT_STRING_EQUAL(error_of("a = [1,\n2\n"), "line 3: expected ',' or ']' in an array");
    CU_ASSERT_STRING_EQUAL(error_of("a = 1 b = 2\n"), "line 1: expected the end of the line");
    CU_ASSERT_STRING_EQUAL(error_of("a = {x = 1}\na.y = 2\n"), "line 2: cannot add keys to 'a' here");
    CU_ASSERT_STRING_EQUAL(error_of("= 1\n"), "line 1: expected a key");
    CU_ASSERT_STRING_EQUAL(error_of("a = \"\\uD800\"\n"), "line 1: invalid unicode escape");
    CU_ASSERT_STRING_EQUAL(error_of("a = @\n"), "line 1: invalid value");
}

void suite_pack_toml(void) {
    static const UnitTest tests[] = {
        {"pyproject", test_pyproject},
        {"strings", test_strings},
        {"tables and keys", test_tables_and_keys},
        {"errors", test_errors},
        {NULL, NULL},
    };
    unit_add_suite("pack_toml", tests);
}
