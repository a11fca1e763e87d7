/* test_pack_version.c: the version rules of mpy-pack bundle (tools/mpy-pack/version.c): what
   git describe says, semantic versions, the version a library gets, names from remote URLs.
   The rules are compiled into this file: they need only libc. */
#include <stdlib.h>
#include <string.h>

#include "../../tools/mpy-pack/version.c"
#include "suites.h"

static void expect(char *got, const char *want) {
    CU_ASSERT_PTR_NOT_NULL_FATAL(got);
    CU_ASSERT_STRING_EQUAL(got, want);
    free(got);
}

static void test_describe(void) {
    describe_info d;
    CU_ASSERT_TRUE(describe_parse_long("1.2.3-0-gabc1234\n", &d));
    CU_ASSERT_STRING_EQUAL(d.tag, "1.2.3");
    CU_ASSERT_EQUAL(d.commits, 0);
    CU_ASSERT_STRING_EQUAL(d.hash, "abc1234");
    expect(version_of_library(&d), "1.2.3");
    expect(version_of_bundle(&d), "1.2.3");
    expect(version_describe_text(&d), "1.2.3");
    describe_free(&d);

    CU_ASSERT_TRUE(describe_parse_long("1.0.0-rc-1-12-gdeadbee", &d));
    CU_ASSERT_STRING_EQUAL(d.tag, "1.0.0-rc-1");
    CU_ASSERT_EQUAL(d.commits, 12);
    expect(version_of_library(&d), "1.0.0-rc-1.plus.12+deadbee");
    expect(version_of_bundle(&d), "deadbee");
    expect(version_describe_text(&d), "1.0.0-rc-1-12-gdeadbee");
    describe_free(&d);

    CU_ASSERT_TRUE(describe_parse_long("3d4e283", &d));
    CU_ASSERT_PTR_NULL(d.tag);
    d.commits = 7; /* what git rev-list --count HEAD says */
    expect(version_of_library(&d), "0.0.1-alpha.0.plus.7+3d4e283");
    expect(version_of_bundle(&d), "3d4e283");
    describe_free(&d);

    CU_ASSERT_FALSE(describe_parse_long("", &d));
    CU_ASSERT_FALSE(describe_parse_long("fatal: no names found", &d));
}

static void test_library_versions(void) {
    describe_info d = {.tag = "2.0.0", .commits = 2, .hash = "a01bba8"};
    expect(version_of_library(&d), "2.0.1-alpha.0.plus.2+a01bba8");
    d.tag = "v1.0.0"; /* not a semantic version: the hash */
    expect(version_of_library(&d), "a01bba8");
    d.tag = "1.2.9+build.5";
    expect(version_of_library(&d), "1.2.10-alpha.0.plus.2+a01bba8");
    d.tag = "3.0.0-rc.1";
    expect(version_of_library(&d), "3.0.0-rc.1.plus.2+a01bba8");
    d.tag = "v1.0.0";
    d.commits = 0; /* an exact tag is taken as it is, semantic or not */
    expect(version_of_library(&d), "v1.0.0");
}

static void test_semver(void) {
    bool pre;
    CU_ASSERT_TRUE(semver_valid("0.0.0", &pre));
    CU_ASSERT_FALSE(pre);
    CU_ASSERT_TRUE(semver_valid("10.20.30-alpha.1+build.7", &pre));
    CU_ASSERT_TRUE(pre);
    CU_ASSERT_TRUE(semver_valid("1.0.0-x-y-z.-", NULL));
    CU_ASSERT_FALSE(semver_valid("1.2", NULL));
    CU_ASSERT_FALSE(semver_valid("v1.2.3", NULL));
    CU_ASSERT_FALSE(semver_valid("01.2.3", NULL));
    CU_ASSERT_FALSE(semver_valid("1.2.3-01", NULL));
    CU_ASSERT_FALSE(semver_valid("1.2.3-", NULL));
    CU_ASSERT_FALSE(semver_valid("1.2.3+", NULL));
    CU_ASSERT_FALSE(semver_valid("1.2.3 ", NULL));
    expect(semver_bump_patch("1.2.3"), "1.2.4");
    expect(semver_bump_patch("1.9.99"), "1.9.100");
    expect(semver_bump_patch("0.0.9-rc.1+b"), "0.0.10");
    expect(semver_bump_patch("4.5.999999999999999999999"), "4.5.1000000000000000000000");
}

static void test_urls(void) {
    expect(repo_of_url("https://github.com/adafruit/Adafruit_CircuitPython_Foo.git\n"),
           "https://github.com/adafruit/adafruit_circuitpython_foo");
    expect(pypi_name_of_url("https://github.com/adafruit/Adafruit_CircuitPython_Foo.git"), "adafruit-circuitpython-foo");
    expect(pypi_name_of_url("git@github.com:circuitpython/CircuitPython_Org_Bar.git"), "circuitpython-bar");
    expect(versions_repo_of_url("ssh://git@github.com/adafruit/Adafruit_CircuitPython_Foo.git"),
           "https://github.com/adafruit/Adafruit_CircuitPython_Foo");
    expect(versions_repo_of_url("git@github.com:adafruit/Adafruit_CircuitPython_Foo.git"),
           "https://github.com/adafruit/Adafruit_CircuitPython_Foo");
    expect(versions_repo_of_url("https://github.com/adafruit/Adafruit_CircuitPython_Foo.git"),
           "https://github.com/adafruit/Adafruit_CircuitPython_Foo");
    /* the reference cuts four characters from https URLs whatever they are */
    expect(versions_repo_of_url("https://github.com/adafruit/Foo"), "https://github.com/adafruit");
    expect(strip_ws("  a b \t\n"), "a b");
}

void suite_pack_version(void) {
    static const UnitTest tests[] = {
        {"git describe", test_describe},
        {"library versions", test_library_versions},
        {"semantic versions", test_semver},
        {"remote URLs", test_urls},
        {NULL, NULL},
    };
    unit_add_suite("pack_version", tests);
}
