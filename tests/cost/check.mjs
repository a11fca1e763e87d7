// check.mjs: the checks of tests/cost.sh that read what `mpy-pack cost` wrote.
//   node check.mjs accuracy REPORT.json [MIN_SHARE]  estimates within 5% of the VM's measurement
//                                                   for at least MIN_SHARE (default 0.9) of the
//                                                   measured modules, for ram_bytes and for
//                                                   ram_with_deps_bytes; prints the figures
//   node check.mjs shape REPORT.json NAME...         one object per module with the keys the
//                                                   issue asks for; the NAMEs are among them
//   node check.mjs html PAGE.html                   well-formed (XHTML), self-contained, charts
// Exit status 0 when the check passes.
import fs from "fs";

const [what, file, ...rest] = process.argv.slice(2);
const fail = (msg) => {
    console.log(`cost: FAIL ${what}: ${msg}`);
    process.exit(1);
};

function accuracy() {
    const min = rest.length ? Number(rest[0]) : 0.9;
    const mods = JSON.parse(fs.readFileSync(file, "utf8"));
    const measured = mods.filter((m) => m.measured && m.measured.ok);
    if (!measured.length) fail("nothing was measured");
    const within = (est, meas) => Math.abs(est - meas) <= 0.05 * Math.abs(meas);
    let own = 0, tree = 0;
    const misses = [];
    for (const m of measured) {
        const a = within(m.ram_bytes, m.measured.ram_bytes), b = within(m.ram_with_deps_bytes, m.measured.ram_with_deps_bytes);
        own += a;
        tree += b;
        if (!a || !b) {
            misses.push(`${m.module}: ${m.ram_bytes}/${m.measured.ram_bytes}, ${m.ram_with_deps_bytes}/${m.measured.ram_with_deps_bytes}${m.flagged ? " (flagged)" : ""}`);
        }
    }
    const n = measured.length;
    console.log(`cost: ${n} of ${mods.length} modules measured; within 5%: ram_bytes ${own} (${(100 * own / n).toFixed(1)}%), ` +
        `ram_with_deps_bytes ${tree} (${(100 * tree / n).toFixed(1)}%)`);
    for (const line of misses) console.log(`  off by more than 5% (estimate/measured): ${line}`);
    if (own < min * n || tree < min * n) fail(`fewer than ${100 * min}% within 5%`);
}

function shape() {
    const mods = JSON.parse(fs.readFileSync(file, "utf8"));
    if (!Array.isArray(mods) || !mods.length) fail("not a non-empty list");
    const keys = ["module", "mpy_bytes", "ram_bytes", "ram_with_deps_bytes", "frozen_ram_bytes", "flash_bytes", "flags", "deps"];
    for (const m of mods) {
        for (const k of keys) if (!(k in m)) fail(`${m.module ?? "?"}: no "${k}"`);
        if (!Number.isInteger(m.ram_bytes) || !Number.isInteger(m.ram_with_deps_bytes)) fail(`${m.module}: figures are not integers`);
        if (m.ok && m.ram_with_deps_bytes < m.ram_bytes) fail(`${m.module}: ram_with_deps_bytes < ram_bytes`);
        if (m.flash_bytes % 512 || m.flash_bytes < m.mpy_bytes) fail(`${m.module}: flash is not whole sectors`);
    }
    for (const name of rest) if (!mods.some((m) => m.module === name)) fail(`no module ${name}`);
    for (let i = 1; i < mods.length; i++) if (mods[i].ram_bytes > mods[i - 1].ram_bytes) fail("not sorted by cost");
    console.log(`cost: JSON has ${mods.length} modules with the expected keys`);
}

// A small well-formedness check: every tag closed in order, attributes quoted, entities known,
// no external resources (the page must stand alone).
function html() {
    const text = fs.readFileSync(file, "utf8");
    if (!text.startsWith("<!DOCTYPE html>")) fail("no doctype");
    const body = text.replace(/^<!DOCTYPE html>\s*/, "");
    const stack = [];
    const re = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:\s+[A-Za-z:-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|&(#[0-9]+|[a-z]+);|[<&]/g;
    let m;
    let pos = 0;
    while ((m = re.exec(body)) !== null) {
        if (m[0] === "<" || m[0] === "&") fail(`stray '${m[0]}' at offset ${m.index}: ${body.slice(m.index, m.index + 40)}`);
        if (m[0].startsWith("<!--")) continue;
        if (m[5] !== undefined) {
            if (!/^#[0-9]+$|^(lt|gt|amp|quot|apos)$/.test(m[5])) fail(`unknown entity &${m[5]};`);
            continue;
        }
        const [, close, name, , self] = m;
        if (self) continue;
        if (close) {
            const top = stack.pop();
            if (top !== name) fail(`</${name}> closes <${top}> at offset ${m.index}`);
        } else {
            stack.push(name);
        }
        pos = re.lastIndex;
    }
    if (stack.length) fail(`unclosed: ${stack.join(" ")}`);
    if (/(src|href)="(https?:)?\/\//.test(text)) fail("refers to something outside the page");
    if (!/<svg[\s>]/.test(text)) fail("no chart");
    for (const kind of ["bytecode", "qstrs", "constants", "functions", "classes", "dicts"]) {
        if (!text.includes(kind)) fail(`no '${kind}' in the chart`);
    }
    console.log(`cost: ${file} is well-formed and self-contained (${text.length} bytes)`);
    return pos;
}

if (what === "accuracy") accuracy();
else if (what === "shape") shape();
else if (what === "html") html();
else fail("usage: node check.mjs accuracy|shape|html FILE ...");
